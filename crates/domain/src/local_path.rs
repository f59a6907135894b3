//! Where to go after a step (signing in, confirming an address): only a path on this site, so
//! that a link carrying it cannot send people elsewhere (no open redirect).

use crate::slug::Slug;

/// A path-absolute reference (`/organisations/x/join`) that every browser resolves on this site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

/// Longest path accepted; a target is a page address, never a payload.
const MAX_LEN: usize = 300;

impl LocalPath {
    /// The path, if it is one. Browsers drop tabs and line breaks inside URLs and read `\` as
    /// `/`, so `/\t/evil.example` would become `//evil.example`, another host: control
    /// characters, whitespace and backslashes are refused outright, and what is left must not
    /// start an authority (`//`). The sign-in form is no target (it would loop).
    pub fn parse(raw: &str) -> Option<Self> {
        if raw.len() > MAX_LEN || raw.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\') {
            return None;
        }
        let mut chars = raw.chars();
        let local = chars.next() == Some('/') && chars.next() != Some('/');
        (local && !raw.starts_with("/login")).then(|| Self(raw.to_owned()))
    }

    /// The guided path of a newcomer who starts from an association: its step "this is our
    /// association" at `/organisations/{slug}/join`.
    pub fn join(slug: &Slug) -> Self {
        Self(format!("/organisations/{}/join", slug.as_str()))
    }

    /// The association whose guided path this is, when it is one.
    pub fn joined_slug(&self) -> Option<Slug> {
        let rest = self.0.strip_prefix("/organisations/")?.strip_suffix("/join")?;
        Slug::parse(rest).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_targets() {
        assert_eq!(LocalPath::parse("/organisations/x/edit").map(|p| p.0), Some("/organisations/x/edit".into()));
        assert!(LocalPath::parse("/organisations?q=a&b=1").is_some());
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/login?next=/x",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "\t//evil.example",
            "/\u{7f}/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "",
            "evil.example",
        ] {
            assert_eq!(LocalPath::parse(bad), None, "{bad:?}");
        }
        assert_eq!(LocalPath::parse(&format!("/{}", "a".repeat(400))), None, "too long");
    }

    #[test]
    fn a_join_path_names_its_association() {
        let slug = Slug::parse("kulturverein-bruecke").expect("a valid slug");
        let path = LocalPath::join(&slug);
        assert_eq!(path.as_str(), "/organisations/kulturverein-bruecke/join");
        assert_eq!(LocalPath::parse(path.as_str()).and_then(|p| p.joined_slug()), Some(slug));
        for other in ["/organisations/x/edit", "/organisations/a/b/join", "/organisations//join", "/organisations/X-Y/join", "/account"] {
            assert_eq!(LocalPath::parse(other).and_then(|p| p.joined_slug()), None, "{other}");
        }
    }
}
