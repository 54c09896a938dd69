//! A serde `Deserializer` over one text value (a path segment, a query value, a form field),
//! typed by its [`Kind`]: the parameter goes straight from the raw string into the generated
//! type, with no `serde_json::Value` in between.
//!
//! The liberal reading is the same as for bodies: integers and numbers may have surrounding
//! spaces, booleans are `true`/`false`/`1`/`0` in any case, enum names match in any case and are
//! handed on in their canonical spelling.

use crate::extract::Kind;
use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, Deserializer, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

/// One non-empty text value of a known kind. `Kind::Json` is not read here (it may hold any
/// structure); [`crate::extract`] parses it as JSON.
pub(crate) struct Text<'a> {
    text: &'a str,
    kind: Kind,
}

impl<'a> Text<'a> {
    pub(crate) fn new(text: &'a str, kind: Kind) -> Self {
        Self { text, kind }
    }

    /// The canonical spelling of an enum value, or the text itself when no name matches (the
    /// generated enum then refuses it with its own message).
    fn canonical(&self, names: &'static [&'static str]) -> &'a str
    where
        'static: 'a,
    {
        let trimmed = self.text.trim();
        names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(trimmed))
            .copied()
            .unwrap_or(self.text)
    }
}

impl<'de> Deserializer<'de> for Text<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let text = self.text;
        match self.kind {
            Kind::String | Kind::Formatted | Kind::Json => visitor.visit_str(text),
            Kind::Integer => match text.trim().parse::<i64>() {
                Ok(n) => visitor.visit_i64(n),
                Err(_) => Err(de::Error::custom(format!("`{text}` is not an integer"))),
            },
            Kind::Number => match text.trim().parse::<f64>() {
                Ok(x) if x.is_finite() => visitor.visit_f64(x),
                _ => Err(de::Error::custom(format!("`{text}` is not a number"))),
            },
            Kind::Boolean => match parse_bool(text) {
                Some(b) => visitor.visit_bool(b),
                None => Err(de::Error::custom(format!("`{text}` is not a boolean"))),
            },
            Kind::Enum(names) => visitor.visit_str(self.canonical(names)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let text = match self.kind {
            Kind::Enum(names) => self.canonical(names),
            _ => self.text,
        };
        let unit: StrDeserializer<'_, Error> = text.into_deserializer();
        unit.deserialize_enum(name, variants, visitor)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// `true`/`false`/`1`/`0`, in any case, with surrounding spaces.
pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("true") || t == "1" {
        Some(true)
    } else if t.eq_ignore_ascii_case("false") || t == "0" {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    enum Status {
        Active,
        Expired,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Wrapped(i32);

    fn read<T: de::DeserializeOwned>(text: &str, kind: Kind) -> Result<T, Error> {
        T::deserialize(Text::new(text, kind))
    }

    #[test]
    fn typed_values_come_straight_from_text() {
        assert_eq!(read::<i32>(" 42 ", Kind::Integer), Ok(42));
        assert_eq!(read::<Option<u8>>("7", Kind::Integer), Ok(Some(7)));
        assert_eq!(read::<Wrapped>("-3", Kind::Integer), Ok(Wrapped(-3)));
        assert_eq!(read::<f64>("1.5", Kind::Number), Ok(1.5));
        assert_eq!(read::<bool>("FALSE", Kind::Boolean), Ok(false));
        assert_eq!(read::<String>("a b", Kind::String), Ok("a b".into()));
        let id = "5ec10e61-cdd1-404e-a18e-740467d87dbf";
        let uuid: uuid::Uuid = read(id, Kind::Formatted).unwrap();
        assert_eq!(uuid.to_string(), id);
    }

    #[test]
    fn enums_match_in_any_case() {
        let kind = Kind::Enum(&["Active", "Expired"]);
        assert_eq!(read::<Status>("expired", kind), Ok(Status::Expired));
        assert_eq!(read::<String>("ACTIVE", kind), Ok("Active".into()));
        assert!(read::<Status>("Weird", kind).is_err());
    }

    #[test]
    fn mismatches_name_the_text() {
        let err = read::<i32>("x1", Kind::Integer).unwrap_err();
        assert_eq!(err.to_string(), "`x1` is not an integer");
        assert!(read::<u8>("300", Kind::Integer).is_err());
        assert!(read::<i64>("abc", Kind::String).is_err());
        assert!(read::<f64>("NaN", Kind::Number).is_err());
        assert!(read::<bool>("yes", Kind::Boolean).is_err());
    }
}
