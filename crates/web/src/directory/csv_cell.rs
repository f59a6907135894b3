//! Spreadsheet-safe CSV cells: a cell that a spreadsheet would read as a formula (formula
//! injection, OWASP "CSV Injection") gets a leading apostrophe, which spreadsheets take as
//! "text follows" and people read past: `'+49 7141 910-2714`, `'- Hausaufgabenhilfe`.

use std::borrow::Cow;

/// First characters that make spreadsheets evaluate a cell (`=`, `+`, `-`, `@`) or that hide
/// one (tab, carriage return).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as text that no spreadsheet evaluates; unchanged when it starts harmlessly.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formulas_are_neutralised_and_stay_readable() {
        assert_eq!(neutralise(r#"=HYPERLINK("https://evil.example","Klick")"#), r#"'=HYPERLINK("https://evil.example","Klick")"#);
        assert_eq!(neutralise("@SUM(1+1)*cmd|' /C calc'!A0"), "'@SUM(1+1)*cmd|' /C calc'!A0");
        assert_eq!(neutralise("\t=1+1"), "'\t=1+1");
        assert_eq!(neutralise("\r=1+1"), "'\r=1+1");
        assert_eq!(neutralise("+49 7141 910-2714"), "'+49 7141 910-2714", "a phone number keeps its digits and plus");
        assert_eq!(neutralise("- Deutschkurse\n- Hausaufgabenhilfe"), "'- Deutschkurse\n- Hausaufgabenhilfe");
        assert_eq!(neutralise("-1"), "'-1");
    }

    #[test]
    fn ordinary_cells_are_unchanged() {
        for cell in ["Deutsch-Türkischer Verein", "07141 910-2714", "info@verein.example", "", "48.8975", "Mo = Montag"] {
            assert_eq!(neutralise(cell), cell);
        }
    }
}
