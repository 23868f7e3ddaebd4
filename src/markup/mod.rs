//! The page's markup as small trees of [`Node`]s, built with [`el`]: here the parts made from the
//! dataset (the article, its legend and the endnotes, a card's content, the panel's views, the
//! poll charts, the reading options, the notices); the components build their own few elements
//! the same way. The build writes a tree as HTML ([`Node::write_html`], for the prerendered page)
//! and the app turns it into DOM nodes ([`Node::to_dom`]). One description serves both, so the
//! page the wasm takes over from is the page it builds, and the wasm carries no view framework.
//!
//! Nothing from the dataset ever becomes markup: text is a text node, or escaped when written.

pub mod article;
pub mod card;
pub mod endnotes;
pub mod notice;
pub mod panel_views;
pub mod poll_chart;
pub mod reading_options;

use std::borrow::Cow;

/// A piece of the page: an element or a run of text.
pub enum Node<'a> {
    /// An element with its attributes and children.
    Element(Element<'a>),
    /// Text, verbatim.
    Text(Cow<'a, str>),
}

/// An element under construction: `el("p").attr("class", "x").text("…")`.
pub struct Element<'a> {
    name: &'static str,
    attributes: Vec<(&'static str, Cow<'a, str>)>,
    children: Vec<Node<'a>>,
}

/// A new element named `name`, with no attributes or children.
pub fn el<'a>(name: &'static str) -> Element<'a> {
    Element { name, attributes: Vec::new(), children: Vec::new() }
}

impl<'a> Element<'a> {
    /// Adds an attribute (written once; the caller never repeats a name).
    pub fn attr(mut self, name: &'static str, value: impl Into<Cow<'a, str>>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }

    /// Adds a child.
    pub fn child(mut self, child: impl Into<Node<'a>>) -> Self {
        self.children.push(child.into());
        self
    }

    /// Adds a run of text.
    pub fn text(self, text: impl Into<Cow<'a, str>>) -> Self {
        self.child(Node::Text(text.into()))
    }

    /// Adds every child `children` yields.
    pub fn children<N: Into<Node<'a>>>(mut self, children: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }
}

impl<'a> From<Element<'a>> for Node<'a> {
    fn from(element: Element<'a>) -> Self {
        Node::Element(element)
    }
}

impl<'a> From<&'a str> for Node<'a> {
    fn from(text: &'a str) -> Self {
        Node::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Node<'_> {
    fn from(text: String) -> Self {
        Node::Text(Cow::Owned(text))
    }
}

/// Elements HTML writes without a closing tag.
const VOID: [&str; 4] = ["br", "hr", "img", "input"];

impl Node<'_> {
    /// Appends this node as HTML to `html`, every text and attribute value escaped.
    pub fn write_html(&self, html: &mut String) {
        match self {
            Node::Text(text) => escape_into(text, html),
            Node::Element(element) => {
                html.push('<');
                html.push_str(element.name);
                for (name, value) in &element.attributes {
                    html.push(' ');
                    html.push_str(name);
                    html.push_str("=\"");
                    escape_into(value, html);
                    html.push('"');
                }
                html.push('>');
                if VOID.contains(&element.name) {
                    return;
                }
                for child in &element.children {
                    child.write_html(html);
                }
                html.push_str("</");
                html.push_str(element.name);
                html.push('>');
            }
        }
    }

    /// This node as HTML.
    pub fn to_html(&self) -> String {
        let mut html = String::new();
        self.write_html(&mut html);
        html
    }
}

impl Node<'_> {
    /// This node as a DOM node of `document`, not yet in the page.
    pub fn to_dom(&self, document: &web_sys::Document) -> web_sys::Node {
        match self {
            Node::Text(text) => document.create_text_node(text).into(),
            Node::Element(element) => element.to_dom(document).into(),
        }
    }
}

impl Element<'_> {
    /// This element as a DOM element of `document`, not yet in the page. (Element names are
    /// constants in the code, never data, so creating one cannot fail.)
    pub fn to_dom(&self, document: &web_sys::Document) -> web_sys::Element {
        let element = match self.name {
            "svg" | "rect" => document.create_element_ns(Some("http://www.w3.org/2000/svg"), self.name),
            name => document.create_element(name),
        };
        let element = element.unwrap_or_else(|_| unreachable!("a valid element name"));
        for (name, value) in &self.attributes {
            _ = element.set_attribute(name, value);
        }
        for child in &self.children {
            _ = element.append_child(&child.to_dom(document));
        }
        element
    }
}

/// Text escaped for an element's content or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Node, el, escape};

    #[test]
    fn escapes_everything_that_could_become_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="a('b')"> & co"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn text_and_attributes_from_data_stay_text() {
        let node = el("p").attr("title", "\"><script>").text("</p><b>bold</b>").child(el("br")).child(el("span"));
        assert_eq!(
            Node::from(node).to_html(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;/p&gt;&lt;b&gt;bold&lt;/b&gt;<br><span></span></p>"
        );
    }
}
