use super::*;

fn key(k: &str) -> Segment {
    Segment::Key(k.to_owned())
}

fn index(i: usize) -> Segment {
    Segment::Index(i)
}

/// The spot at the position of the first `^` in `marked`, scanning the text without it.
fn spot_at(marked: &str) -> Spot {
    let offset = marked.find('^').expect("a marked position");
    Scan::to(&marked.replacen('^', "", 1), offset).spot()
}

#[test]
fn a_position_right_after_a_scalar_is_that_scalar() {
    assert_eq!(
        spot_at(r#"{"firm":{"headcount":"twelve"^,"kind":"x"}}"#),
        Spot::Value(vec![key("firm"), key("headcount")])
    );
    assert_eq!(
        spot_at(r#"{"a":{"b":12^}}"#),
        Spot::Value(vec![key("a"), key("b")])
    );
}

#[test]
fn a_position_inside_a_number_or_literal_is_that_value() {
    assert_eq!(
        spot_at(r#"{"a":{"b":1^2345}}"#),
        Spot::Value(vec![key("a"), key("b")])
    );
    assert_eq!(
        spot_at(r#"{"a":[true,n^ull]}"#),
        Spot::Value(vec![key("a"), index(1)])
    );
}

#[test]
fn a_position_after_a_colon_is_the_value_about_to_start() {
    assert_eq!(
        spot_at(r#"{"a":{"b":^[1]}}"#),
        Spot::Value(vec![key("a"), key("b")])
    );
}

#[test]
fn a_position_right_after_a_key_is_its_object() {
    assert_eq!(
        spot_at(r#"{"firm":{"kind":{"franchise"^:null}}}"#),
        Spot::Value(vec![key("firm"), key("kind")])
    );
}

#[test]
fn a_missing_field_is_reported_after_its_object_closes() {
    assert_eq!(
        spot_at(r#"{"firm":{"name":"N","kind":"x"}^,"title":"t"}"#),
        Spot::Closed {
            container: vec![key("firm")],
            last: Some(vec![key("firm"), key("kind")]),
            object: true,
            at: 30,
        }
    );
    assert_eq!(
        spot_at(r#"{"firm":{}^}"#),
        Spot::Closed {
            container: vec![key("firm")],
            last: None,
            object: true,
            at: 9,
        }
    );
}

#[test]
fn list_items_are_numbered_from_zero_and_commas_sit_between_two() {
    assert_eq!(
        spot_at(r#"{"roles":[{"id":"a"},{"id":"b","time_share":140^}]}"#),
        Spot::Value(vec![key("roles"), index(1), key("time_share")])
    );
    assert_eq!(
        spot_at(r#"{"t":["1","2",^"3"]}"#),
        Spot::Between {
            before: vec![key("t"), index(1)],
            after: vec![key("t"), index(2)],
        }
    );
    assert_eq!(
        spot_at(r#"{"t":["1","2"]^}"#),
        Spot::Closed {
            container: vec![key("t")],
            last: Some(vec![key("t"), index(1)]),
            object: false,
            at: 13,
        }
    );
}

#[test]
fn an_opened_list_names_its_first_item() {
    assert_eq!(
        spot_at(r#"{"a":[^[1]]}"#),
        Spot::Opened {
            container: vec![key("a")],
            first_item: Some(vec![key("a"), index(0)]),
        }
    );
    assert_eq!(
        spot_at(r#"{"a":{^"b":1}}"#),
        Spot::Opened {
            container: vec![key("a")],
            first_item: None,
        }
    );
}

#[test]
fn lists_nested_in_objects_nested_in_lists_keep_every_step() {
    assert_eq!(
        spot_at(r#"{"s":[{"a":[]},{"a":[[0],[1,2^]]}]}"#),
        Spot::Value(vec![key("s"), index(1), key("a"), index(1), index(1)])
    );
}

#[test]
fn brackets_quotes_and_escapes_inside_strings_are_text() {
    assert_eq!(
        spot_at(r#"{"t":"a]}\"[{,:\\","x":[{"y":"\u005d"},{"y":1^}]}"#),
        Spot::Value(vec![key("x"), index(1), key("y")])
    );
}

#[test]
fn keys_are_unescaped_and_other_scripts_count_in_bytes() {
    assert_eq!(
        spot_at(r#"{"é😀":"ü€","a\"b":[true^]}"#),
        Spot::Value(vec![key("a\"b"), index(0)])
    );
}

#[test]
fn the_next_value_and_a_lists_length_are_read_on_from_the_position() {
    let text = r#"{"a":[1,[2,3],{"b":[4]},5]}"#;
    let scan = Scan::to(text, 8);
    assert_eq!(scan.next_value(), vec![key("a"), index(1)]);
    assert!(scan.at_value_start());
    assert_eq!(scan.container(), vec![key("a")]);
    assert_eq!(scan.container_length(), 4);
    assert_eq!(Scan::to(text, 6).next_value(), vec![key("a"), index(0)]);
}

#[test]
fn paths_are_written_from_the_design_down() {
    assert_eq!(
        written(&[key("operating"), key("roles"), index(2), key("time_share")]),
        "design.operating.roles[2].time_share"
    );
    assert_eq!(written(&[]), "design");
}

#[test]
fn serde_json_lines_and_columns_become_byte_offsets() {
    let text = "{\n  \"a\": 1,\n  \"é\": 2\n}";
    assert_eq!(offset_of(text, 1, 1), 1);
    assert_eq!(offset_of(text, 2, 8), 10);
    assert_eq!(&text[offset_of(text, 3, 7)..], " 2\n}");
    assert_eq!(offset_of(text, 9, 9), text.len());
}

#[test]
fn any_text_and_any_position_are_scanned_without_panicking() {
    for text in [
        "",
        "\"",
        "\\",
        "{\"a",
        "]]]",
        "}{",
        "[1,",
        "\"\\",
        "é",
        "{\"é\":[\"\\u",
    ] {
        for offset in 0..text.len() + 3 {
            let scan = Scan::to(text, offset);
            let _ = scan.spot();
            let _ = scan.next_value();
            let _ = scan.container_length();
            let _ = scalar_at(text, offset);
        }
    }
}
