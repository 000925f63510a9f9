//! Work spread over the machine's cores, results in input order, so output
//! never depends on which thread finished first. Plain scoped threads: the
//! items are few and large (workbooks, sheets, rules), so a work queue of
//! indexes is all the scheduling needed.

use std::sync::{Mutex, PoisonError};

/// The cores there are to share work among (1 when unknown).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `items.iter().map(f).collect()`, on up to as many threads as there are
/// cores. A panic in `f` reaches the caller, as it would without threads.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    spread(items.iter(), items.len(), |_, item| f(item))
}

/// The same over items each thread may change (worksheets being written):
/// `f` is given each item's index.
pub fn map_mut<T: Send, R: Send>(items: &mut [T], f: impl Fn(usize, &mut T) -> R + Sync) -> Vec<R> {
    let len = items.len();
    spread(items.iter_mut(), len, f)
}

/// Each thread takes the next item from a shared queue until none is left.
fn spread<I, R>(items: I, len: usize, f: impl Fn(usize, I::Item) -> R + Sync) -> Vec<R>
where
    I: Iterator + Send,
    I::Item: Send,
    R: Send,
{
    let threads = cores().min(len);
    if threads <= 1 {
        return items.enumerate().map(|(i, item)| f(i, item)).collect();
    }
    let queue = Mutex::new(items.enumerate());
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(len));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
                    let Some((i, item)) = next else { break };
                    mine.push((i, f(i, item)));
                }
                done.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .extend(mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(PoisonError::into_inner);
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_input_order() {
        let items: Vec<u64> = (0..200).collect();
        let out = super::map(&items, |n| {
            // Uneven work, so threads finish out of order.
            std::thread::sleep(std::time::Duration::from_micros(n % 7 * 50));
            n * 2
        });
        assert_eq!(out, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |_| 0).is_empty());
    }

    #[test]
    fn each_item_is_changed_once_in_place() {
        let mut items: Vec<u64> = (0..200).collect();
        let out = super::map_mut(&mut items, |i, n| {
            std::thread::sleep(std::time::Duration::from_micros(*n % 7 * 50));
            *n += 1000;
            i
        });
        assert_eq!(out, (0..200).collect::<Vec<_>>());
        assert_eq!(items, (1000..1200).collect::<Vec<_>>());
    }
}
