//! The `<form>` elements of a page as a browser sees them: where each posts, its fields with
//! their kinds and current values, and what the browser would send unchanged. The hostile
//! sweep posts into the real fields of a form with this.

/// What kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Any input a person types into: text, email, number, date, url, search…
    Typed,
    /// A password or a one-time code: typed, never shown again.
    Password,
    Textarea,
    Hidden,
    Checkbox,
    Radio,
    Select,
    /// A submit button with a name: its value is sent when it is pressed.
    Submit,
    File,
}

/// One named control of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub kind: Kind,
    /// The value it would send: the `value` attribute, a textarea's text, a select's chosen
    /// (or first) option.
    pub value: String,
    /// A checkbox or radio button that is ticked (always true for other kinds).
    pub checked: bool,
    pub required: bool,
    /// An input's `type` (lower case, `text` when missing); empty for other controls.
    pub input_type: String,
    /// The `maxlength`: a person cannot type more characters than that.
    pub max_length: Option<usize>,
}

impl Field {
    /// True for the fields a person fills in by typing.
    pub fn typed(&self) -> bool {
        matches!(self.kind, Kind::Typed | Kind::Password | Kind::Textarea)
    }

    /// True when a browser lets a person enter `value` here and sends it as typed: not longer
    /// than `maxlength`, and a number only into a number field; date and time pickers send
    /// only real dates and times, so nothing typed by hand is taken as it is.
    pub fn accepts(&self, value: &str) -> bool {
        let fits = self.max_length.is_none_or(|max| value.chars().count() <= max);
        fits && match self.input_type.as_str() {
            "number" | "range" => value.trim().parse::<f64>().is_ok_and(f64::is_finite),
            "date" | "datetime-local" | "month" | "week" | "time" | "color" => false,
            _ => true,
        }
    }
}

/// A `<form>` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The `action` attribute, `&amp;` decoded; the page's own address when it is missing.
    pub action: String,
    /// `get` or `post`, lower case.
    pub method: String,
    pub multipart: bool,
    pub fields: Vec<Field>,
    /// The form has a submit button without a name: its own button, which sends no value (the
    /// named ones beside it add a row, say). A person sending the form presses that one.
    pub plain_submit: bool,
}

impl Form {
    /// The action without its query string and fragment.
    pub fn path(&self) -> &str {
        self.action.split(['?', '#']).next().unwrap_or_default()
    }

    /// True when several controls share `name` (a group of checkboxes, a radio group).
    pub fn repeated(&self, name: &str) -> bool {
        self.fields.iter().filter(|f| f.name == name && f.kind != Kind::Submit).count() > 1
    }

    /// What a browser sends when the form's main button is pressed unchanged: hidden, typed and
    /// chosen values, ticked boxes (no files). The main button is the one without a name if
    /// there is one, else the first.
    pub fn unchanged(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut pressed = self.plain_submit;
        for field in &self.fields {
            match field.kind {
                Kind::File => {}
                Kind::Submit if pressed => {}
                Kind::Submit => {
                    pressed = true;
                    pairs.push((field.name.clone(), field.value.clone()));
                }
                Kind::Checkbox | Kind::Radio if !field.checked => {}
                _ => pairs.push((field.name.clone(), field.value.clone())),
            }
        }
        pairs
    }

    /// The names of the fields of a kind, each once, in the form's order.
    pub fn names(&self, pick: impl Fn(&Field) -> bool) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for field in self.fields.iter().filter(|f| pick(f)) {
            if !names.contains(&field.name) {
                names.push(field.name.clone());
            }
        }
        names
    }
}

/// Every form of a page, in order.
pub fn forms(html: &str) -> Vec<Form> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = find_tag(rest, "form") {
        let element = &rest[start..];
        let open_end = element.find('>').map_or(element.len(), |e| e + 1);
        let open = &element[..open_end];
        let end = element.find("</form>").unwrap_or(element.len());
        let body = &element[open_end.min(end)..end];
        rest = &element[end.max(1)..];
        let action = attribute(open, "action").unwrap_or_default();
        let method = attribute(open, "method").unwrap_or_else(|| "get".into()).to_ascii_lowercase();
        let multipart = attribute(open, "enctype").is_some_and(|e| e.starts_with("multipart/"));
        found.push(Form { action, method, multipart, fields: fields(body), plain_submit: plain_submit(body) });
    }
    found
}

/// The named controls inside a form's body, in document order.
fn fields(body: &str) -> Vec<Field> {
    let mut list = Vec::new();
    let mut at = 0;
    while let Some(offset) = body[at..].find('<') {
        let start = at + offset;
        let element = &body[start..];
        let open_end = element.find('>').map_or(element.len(), |e| e + 1);
        let open = &element[..open_end];
        let tag: String = open[1..].chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
        at = start + open_end.max(1);
        let Some(name) = attribute(open, "name") else { continue };
        let required = has_flag(open, "required");
        let value = attribute(open, "value").unwrap_or_default();
        let field = match tag.as_str() {
            "input" => {
                let kind = match attribute(open, "type").unwrap_or_default().to_ascii_lowercase().as_str() {
                    // Out of the tab order, as a honeypot against bots is: nobody types there.
                    "hidden" => Kind::Hidden,
                    _ if attribute(open, "tabindex").as_deref() == Some("-1") => Kind::Hidden,
                    "checkbox" => Kind::Checkbox,
                    "radio" => Kind::Radio,
                    "file" => Kind::File,
                    "submit" | "image" => Kind::Submit,
                    "password" => Kind::Password,
                    _ if attribute(open, "autocomplete").as_deref() == Some("one-time-code") => Kind::Password,
                    "button" | "reset" => continue,
                    _ => Kind::Typed,
                };
                let value =
                    if matches!(kind, Kind::Checkbox | Kind::Radio) && attribute(open, "value").is_none() { "on".into() } else { value };
                Field {
                    name,
                    kind,
                    value,
                    checked: !matches!(kind, Kind::Checkbox | Kind::Radio) || has_flag(open, "checked"),
                    required,
                    input_type: String::new(),
                    max_length: None,
                }
            }
            "button" => {
                if attribute(open, "type").is_some_and(|t| t != "submit") {
                    continue;
                }
                Field { name, kind: Kind::Submit, value, checked: true, required: false, input_type: String::new(), max_length: None }
            }
            "textarea" => {
                let close = element.find("</textarea>").unwrap_or(open_end);
                let text = decode(&element[open_end.min(close)..close]);
                at = start + close.max(open_end);
                Field {
                    name,
                    kind: Kind::Textarea,
                    value: text.strip_prefix('\n').unwrap_or(&text).to_owned(),
                    checked: true,
                    required,
                    input_type: String::new(),
                    max_length: None,
                }
            }
            "select" => {
                let close = element.find("</select>").unwrap_or(open_end);
                let options = &element[open_end.min(close)..close];
                at = start + close.max(open_end);
                let values: Vec<(String, bool)> = options
                    .split("<option")
                    .skip(1)
                    .map(|o| {
                        let tag = &o[..o.find('>').unwrap_or(o.len())];
                        let text = o.get(tag.len() + 1..).unwrap_or_default();
                        let text = &text[..text.find('<').unwrap_or(text.len())];
                        (attribute(tag, "value").unwrap_or_else(|| decode(text.trim())), has_flag(tag, "selected"))
                    })
                    .collect();
                let chosen = values.iter().find(|(_, s)| *s).or(values.first()).map(|(v, _)| v.clone()).unwrap_or_default();
                Field { name, kind: Kind::Select, value: chosen, checked: true, required, input_type: String::new(), max_length: None }
            }
            _ => continue,
        };
        let input_type =
            if tag == "input" { attribute(open, "type").unwrap_or_else(|| "text".into()).to_ascii_lowercase() } else { String::new() };
        let max_length = attribute(open, "maxlength").and_then(|m| m.parse().ok());
        list.push(Field { input_type, max_length, ..field });
    }
    list
}

/// True when a form's body has a submit button without a name.
fn plain_submit(body: &str) -> bool {
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let element = &rest[start..];
        let open = &element[..element.find('>').map_or(element.len(), |e| e + 1)];
        rest = &element[1..];
        let tag: String = open[1..].chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
        let kind = attribute(open, "type").map(|t| t.to_ascii_lowercase());
        let submit = match tag.as_str() {
            "button" => kind.as_deref().is_none_or(|t| t == "submit"),
            "input" => matches!(kind.as_deref(), Some("submit" | "image")),
            _ => false,
        };
        if submit && attribute(open, "name").is_none() {
            return true;
        }
    }
    false
}

/// The start of the next `<tag` element (not `<tagname…`).
fn find_tag(html: &str, tag: &str) -> Option<usize> {
    let needle = format!("<{tag}");
    let mut from = 0;
    while let Some(at) = html[from..].find(&needle) {
        let start = from + at;
        let next = html[start + needle.len()..].chars().next();
        if next.is_some_and(|c| c.is_whitespace() || c == '>') {
            return Some(start);
        }
        from = start + needle.len();
    }
    None
}

/// The value of `name="…"` (or `'…'`) in an opening tag, entities decoded.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    for quote in ['"', '\''] {
        for lead in [' ', '\n', '\t'] {
            let key = format!("{lead}{name}={quote}");
            if let Some(start) = tag.find(&key).map(|s| s + key.len()) {
                let end = tag[start..].find(quote)?;
                return Some(decode(&tag[start..start + end]));
            }
        }
    }
    None
}

/// True when an opening tag carries the boolean attribute `name`.
fn has_flag(tag: &str, name: &str) -> bool {
    let tag = tag.trim_end_matches('>').trim_end_matches('/');
    tag.split(|c: char| c.is_whitespace()).skip(1).any(|part| part == name || part.starts_with(&format!("{name}=")))
}

/// The entities askama writes (`&#60;`) and their named forms, decoded.
fn decode(text: &str) -> String {
    let mut text = text.to_owned();
    for (entity, c) in
        [("&lt;", "<"), ("&#60;", "<"), ("&gt;", ">"), ("&#62;", ">"), ("&quot;", "\""), ("&#34;", "\""), ("&#39;", "'"), ("&#x27;", "'")]
    {
        text = text.replace(entity, c);
    }
    text.replace("&#38;", "&").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gives_its_forms_with_their_controls() {
        let html = r#"<form method="post" action="/logout"><input type="hidden" name="csrf" value="t"><button>Out</button></form>
            <form action="/items?x=1&amp;y=2" method="POST" enctype="multipart/form-data"><input type="hidden" name="csrf" value="t">
            <input type="file" name="logo"><textarea id="a" name="alt" required>
Ein &lt;b&gt;Text</textarea><select name="kind"><option value="offer">A</option><option value="need" selected>B</option></select>
            <input name="title" value="Tür &amp; Tor" required><input type="checkbox" name="cat" value="a" checked>
            <input type="checkbox" name="cat" value="b"><input type="radio" name="r"><button name="action" value="next">Weiter</button>
            <button name="action" value="later">Später</button><button type="button" name="x">no</button></form><formular>"#;
        let forms = forms(html);
        assert_eq!(forms.len(), 2);
        assert_eq!((forms[0].action.as_str(), forms[0].method.as_str()), ("/logout", "post"));
        let form = &forms[1];
        assert_eq!(form.path(), "/items");
        assert_eq!(form.action, "/items?x=1&y=2");
        assert!(form.multipart);
        assert!(form.repeated("cat") && !form.repeated("title"));
        let text = |name: &str| form.fields.iter().find(|f| f.name == name).unwrap().clone();
        assert_eq!(text("alt").value, "Ein <b>Text");
        assert!(text("alt").required && text("alt").typed());
        assert_eq!(text("kind").value, "need");
        assert_eq!(text("title").value, "Tür & Tor");
        assert_eq!(text("r").value, "on");
        let sent = form.unchanged();
        let expected = [("csrf", "t"), ("alt", "Ein <b>Text"), ("kind", "need"), ("title", "Tür & Tor"), ("cat", "a"), ("action", "next")];
        assert!(sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).eq(expected), "{sent:?}");
        assert_eq!(form.names(Field::typed), ["alt", "title"]);
    }
}
