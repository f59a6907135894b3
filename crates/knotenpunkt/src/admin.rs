//! `knotenpunkt admin …`: account administration from the command line.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use app::accounts::create_admin::{create_administrator, CreateAdminError};
use domain::accounts::{Password, PasswordError};

use crate::config::Config;
use crate::storage;

/// Reads the first line of standard input, without its line ending.
/// `None` when standard input is a terminal: the password must not be typed visibly.
fn password_from_stdin() -> Result<Option<String>, std::io::Error> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    let trimmed = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line);
    Ok(Some(trimmed.to_owned()))
}

/// The German message for a refused password.
fn password_message(error: PasswordError) -> String {
    match error {
        PasswordError::TooShort => format!("Das Passwort muss mindestens {} Zeichen lang sein.", Password::MIN_CHARS),
        PasswordError::TooLong => format!("Das Passwort darf höchstens {} Zeichen lang sein.", Password::MAX_CHARS),
        PasswordError::TooCommon => "Dieses Passwort steht auf der Liste häufig verwendeter Passwörter. Bitte ein anderes wählen.".into(),
        PasswordError::SameAsEmail => "Das Passwort darf nicht dem Teil der E-Mail-Adresse vor dem @ entsprechen.".into(),
    }
}

/// `admin create`: exit 0 when created, 2 for input the operator can correct, 1 for storage failures.
pub async fn create(config: &Config, email: &str) -> ExitCode {
    let password = match password_from_stdin() {
        Ok(Some(password)) => password,
        Ok(None) => {
            eprintln!("Bitte das Passwort über die Standardeingabe übergeben, z. B.: echo '…' | knotenpunkt admin create --email {email}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("knotenpunkt: Standardeingabe nicht lesbar: {e}");
            return ExitCode::from(2);
        }
    };
    let stores = match storage::open(&config.database).await {
        Ok(stores) => stores,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    match create_administrator(stores.accounts.as_ref(), email, &password).await {
        Ok(_) => {
            println!("Administrator angelegt: {}", email.trim().to_lowercase());
            ExitCode::SUCCESS
        }
        Err(CreateAdminError::InvalidEmail) => {
            eprintln!("Die E-Mail-Adresse ist ungültig.");
            ExitCode::from(2)
        }
        Err(CreateAdminError::WeakPassword(e)) => {
            eprintln!("{}", password_message(e));
            ExitCode::from(2)
        }
        Err(CreateAdminError::EmailTaken) => {
            eprintln!("Es gibt bereits ein Konto mit dieser E-Mail-Adresse.");
            ExitCode::from(2)
        }
        Err(e @ (CreateAdminError::Hashing(_) | CreateAdminError::Store(_))) => {
            eprintln!("knotenpunkt: {e}");
            ExitCode::FAILURE
        }
    }
}
