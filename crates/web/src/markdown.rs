//! Markdown from associations and configuration, rendered to safe HTML.

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown and removes anything unsafe (scripts, event handlers, foreign embeds).
pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES);
    let mut raw = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default().link_rel(Some("noopener noreferrer nofollow")).rm_tags(&["img"]).clean(&raw).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_sanitises() {
        let html = to_safe_html("**fett** <script>alert(1)</script> [x](javascript:alert(1)) <img src=http://evil/x.png>");
        assert!(html.contains("<strong>fett</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("<img"));
    }
}
