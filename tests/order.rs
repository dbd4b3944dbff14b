#![cfg(not(target_arch = "wasm32"))]
//! The app's one sort orders exactly as the standard library's stable sort: by the comparator,
//! and equal items in the order they came, for every length and every pattern of ties.

use std::cmp::Ordering;

use partner_blueprint::domain::order;
use proptest::prelude::*;

#[test]
fn equal_keys_keep_the_order_they_came_in() {
    let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
    order::sort_by_key(&mut items, |&(key, _)| key);
    assert_eq!(
        items,
        vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]
    );
}

#[test]
fn a_comparator_can_sort_descending_then_by_a_second_key() {
    let mut items = vec![(1, "b"), (3, "z"), (1, "a"), (3, "a")];
    order::sort_by(&mut items, |a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    assert_eq!(items, vec![(3, "a"), (3, "z"), (1, "a"), (1, "b")]);
}

#[test]
fn empty_single_and_sorted_lists_are_left_as_they_are() {
    let mut empty: Vec<u32> = Vec::new();
    order::sort(&mut empty);
    assert!(empty.is_empty());
    let mut one = vec![7];
    order::sort(&mut one);
    assert_eq!(one, vec![7]);
    let mut sorted: Vec<u32> = (0..50).collect();
    order::sort(&mut sorted);
    assert_eq!(sorted, (0..50).collect::<Vec<_>>());
}

#[test]
fn a_reversed_list_and_one_long_cycle_come_out_sorted() {
    let mut reversed: Vec<u32> = (0..100).rev().collect();
    order::sort(&mut reversed);
    assert_eq!(reversed, (0..100).collect::<Vec<_>>());
    let mut rotated: Vec<u32> = (1..100).chain([0]).collect();
    order::sort(&mut rotated);
    assert_eq!(rotated, (0..100).collect::<Vec<_>>());
}

#[test]
fn items_that_cannot_be_copied_are_moved_not_lost() {
    let mut names: Vec<String> = ["pear", "fig", "apple", "fig"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    order::sort(&mut names);
    assert_eq!(names, ["apple", "fig", "fig", "pear"]);
}

proptest! {
    #[test]
    fn any_list_is_ordered_as_the_standard_stable_sort_orders_it(
        keys in prop::collection::vec(0u8..6, 0..200)
    ) {
        // Each item carries its first position, so a tie broken differently shows.
        let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let by_key = |a: &(u8, usize), b: &(u8, usize)| -> Ordering { a.0.cmp(&b.0) };

        let mut expected = items.clone();
        expected.sort_by(by_key);
        let mut ours = items.clone();
        order::sort_by(&mut ours, by_key);
        prop_assert_eq!(&ours, &expected);

        let mut ours = items.clone();
        order::sort_by_key(&mut ours, |item| std::cmp::Reverse(item.0));
        let mut expected = items.clone();
        expected.sort_by_key(|item| std::cmp::Reverse(item.0));
        prop_assert_eq!(&ours, &expected);

        let mut ours = keys.clone();
        order::sort(&mut ours);
        let mut expected = keys;
        expected.sort();
        prop_assert_eq!(ours, expected);
    }
}
