//! Plural forms: which form of a counted phrase a number takes in each language (Unicode CLDR's
//! cardinal rules, for whole numbers), and a phrase written in every form its language has.
//!
//! A phrase is built by its language's constructor ([`Plural::one_other`], [`Plural::serbian`],
//! [`Plural::romance`], [`Plural::arabic`]), so a catalogue cannot leave a form out: Serbian
//! needs three, Arabic six.

use serde::Serialize;

use super::Locale;

/// A plural category (CLDR's names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Form {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// How a language chooses among its forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Rule {
    /// English, German: one (1), other.
    OneOther,
    /// Serbian: one (1, 21, 31…, not 11), few (2–4, 22–24…, not 12–14), other.
    Serbian,
    /// French and Spanish: one (French 0 and 1, Spanish 1), many (whole millions), other.
    Romance { zero_is_one: bool },
    /// Arabic: zero, one, two, few (3–10 in each hundred), many (11–99 in each hundred), other.
    Arabic,
}

impl Rule {
    /// The form `n` takes.
    pub fn form(self, n: u64) -> Form {
        let (tens, hundreds) = (n % 10, n % 100);
        match self {
            Self::OneOther if n == 1 => Form::One,
            Self::OneOther => Form::Other,
            Self::Serbian if tens == 1 && hundreds != 11 => Form::One,
            Self::Serbian if (2..=4).contains(&tens) && !(12..=14).contains(&hundreds) => Form::Few,
            Self::Serbian => Form::Other,
            Self::Romance { zero_is_one } if n == 1 || (zero_is_one && n == 0) => Form::One,
            Self::Romance { .. } if n != 0 && n.is_multiple_of(1_000_000) => Form::Many,
            Self::Romance { .. } => Form::Other,
            Self::Arabic => match (n, hundreds) {
                (0, _) => Form::Zero,
                (1, _) => Form::One,
                (2, _) => Form::Two,
                (_, 3..=10) => Form::Few,
                (_, 11..=99) => Form::Many,
                _ => Form::Other,
            },
        }
    }

    /// The forms the rule chooses among.
    pub fn forms(self) -> &'static [Form] {
        match self {
            Self::OneOther => &[Form::One, Form::Other],
            Self::Serbian => &[Form::One, Form::Few, Form::Other],
            Self::Romance { .. } => &[Form::One, Form::Many, Form::Other],
            Self::Arabic => &[Form::Zero, Form::One, Form::Two, Form::Few, Form::Many, Form::Other],
        }
    }
}

/// A counted phrase in each form of its language, `{n}` standing for the number ("{n} sources";
/// a form may leave the number out: Arabic says "مصدران", two sources, in one word).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Plural {
    rule: Rule,
    /// Indexed by [`Form`]; a form the rule never chooses is empty.
    forms: [&'static str; 6],
}

/// A phrase not yet read (a catalogue is made empty, then read: `catalogue::Reader`).
impl Default for Plural {
    fn default() -> Self {
        Self::one_other("", "")
    }
}

impl Plural {
    /// English and German.
    pub(crate) const fn one_other(one: &'static str, other: &'static str) -> Self {
        Self { rule: Rule::OneOther, forms: ["", one, "", "", "", other] }
    }

    /// Serbian, in either script.
    pub const fn serbian(one: &'static str, few: &'static str, other: &'static str) -> Self {
        Self { rule: Rule::Serbian, forms: ["", one, "", few, "", other] }
    }

    /// French (`zero_is_one`: "0 source") and Spanish ("0 fuentes").
    pub const fn romance(zero_is_one: bool, one: &'static str, many: &'static str, other: &'static str) -> Self {
        Self { rule: Rule::Romance { zero_is_one }, forms: ["", one, "", "", many, other] }
    }

    /// Arabic.
    pub const fn arabic(
        zero: &'static str,
        one: &'static str,
        two: &'static str,
        few: &'static str,
        many: &'static str,
        other: &'static str,
    ) -> Self {
        Self { rule: Rule::Arabic, forms: [zero, one, two, few, many, other] }
    }

    /// A phrase in the forms of `rule`, in the order [`Rule::forms`] lists them (a catalogue read
    /// back from its list); `None` if there are not as many.
    pub fn of(rule: Rule, written: &[&'static str]) -> Option<Self> {
        if written.len() != rule.forms().len() {
            return None;
        }
        let mut forms = [""; 6];
        for (&form, &text) in rule.forms().iter().zip(written) {
            forms[form as usize] = text;
        }
        Some(Self { rule, forms })
    }

    /// The rule the phrase was written for.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The phrase for `n`, its number written by `locale` (see [`Locale::number`]).
    pub fn count(&self, locale: Locale, n: usize) -> String {
        self.form(n as u64).replace("{n}", &locale.number(n))
    }

    /// The form of the phrase `n` takes, its `{n}` still in it.
    pub fn form(&self, n: u64) -> &'static str {
        self.forms[self.rule.form(n) as usize]
    }

    /// Each form the rule chooses among, with its text.
    pub fn written(&self) -> impl Iterator<Item = (Form, &'static str)> + '_ {
        self.rule.forms().iter().map(|&form| (form, self.forms[form as usize]))
    }
}

#[cfg(test)]
mod tests {
    use super::{Form, Rule};

    fn forms(rule: Rule, numbers: &[u64]) -> Vec<Form> {
        numbers.iter().map(|&n| rule.form(n)).collect()
    }

    #[test]
    fn serbian_counts_in_three_forms() {
        use Form::*;
        assert_eq!(
            forms(Rule::Serbian, &[0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1_002]),
            [Other, One, Few, Few, Other, Other, Other, Other, One, Few, Other, One, Other, Other, Few]
        );
    }

    #[test]
    fn arabic_counts_in_six_forms() {
        use Form::*;
        assert_eq!(
            forms(Rule::Arabic, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1_000]),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
    }

    #[test]
    fn french_zero_is_singular_and_millions_take_de() {
        use Form::*;
        let french = Rule::Romance { zero_is_one: true };
        let spanish = Rule::Romance { zero_is_one: false };
        assert_eq!(forms(french, &[0, 1, 2, 1_000_000]), [One, One, Other, Many]);
        assert_eq!(forms(spanish, &[0, 1, 2, 2_000_000]), [Other, One, Other, Many]);
        assert_eq!(forms(Rule::OneOther, &[0, 1, 2]), [Other, One, Other]);
    }
}
