//! Speed of the matcher on a synthetic city: 2,000 associations with 10,000 offers and needs.
//! `cargo bench -p matching` — figures are recorded in `docs/benchmarks.md`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use matching::{Districts, Engine, Item, ItemId, Organisation, Params};

#[path = "../examples/support/synthetic_city.rs"]
mod synthetic_city;

use synthetic_city::{city, item, Rng};

fn engine(orgs: &[Organisation], items: &[Item], districts: &Districts) -> Engine {
    let mut e = Engine::new(Params::default());
    e.set_districts(districts.clone());
    for o in orgs {
        e.upsert_organisation(o.clone());
    }
    e.upsert_items(items.to_vec());
    e
}

fn benches(c: &mut Criterion) {
    let (orgs, items, districts) = city(0x5eed);
    let mut group = c.benchmark_group("matching");
    group.sample_size(10);
    group.bench_function("build index and all suggestions (2,000 orgs, 10,000 items)", |b| {
        b.iter(|| engine(&orgs, &items, &districts).all_suggestions(10))
    });
    let built = engine(&orgs, &items, &districts);
    group.bench_function("all suggestions on a built index", |b| b.iter(|| built.all_suggestions(10)));
    group.sample_size(50);
    let mut live = engine(&orgs, &items, &districts);
    let mut rng = Rng(42);
    group.bench_function("update one need and re-rank it", |b| {
        b.iter_batched(
            || {
                let mut changed = item(&mut rng, 1);
                changed.id = ItemId("item1".to_string());
                changed
            },
            |changed| {
                let id = changed.id.clone();
                live.upsert_item(changed);
                live.suggestions_for_need(&id, 10)
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("update one offer and find its seekers", |b| {
        b.iter_batched(
            || {
                let mut changed = item(&mut rng, 0);
                changed.id = ItemId("item0".to_string());
                changed
            },
            |changed| {
                let id = changed.id.clone();
                live.upsert_item(changed);
                live.seekers_for_offer(&id, 10)
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(matching_benches, benches);
criterion_main!(matching_benches);
