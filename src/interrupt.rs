//! Interrupted runs leave nothing behind. Every temporary output (a master
//! being written beside its destination) is registered here while it
//! exists; on SIGINT, SIGTERM or SIGHUP the binary removes them all and
//! exits with the conventional status, 128 + the signal (130, 143, 129).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary outputs that exist right now.
static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn registry() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while holding the lock leaves the list as it was: still usable.
    TEMPORARY.lock().unwrap_or_else(|e| e.into_inner())
}

/// A registered temporary output; unregistered when dropped.
#[derive(Debug)]
pub struct Registration(PathBuf);

/// Makes a temporary output with `make` and registers it (`path` says
/// where it is), to be removed if the run is interrupted. Made while the
/// list is held, so that no interruption falls between the making and the
/// registering.
pub fn register_new<T>(
    make: impl FnOnce() -> std::io::Result<T>,
    path: impl Fn(&T) -> &Path,
) -> std::io::Result<(T, Registration)> {
    let mut list = registry();
    let made = make()?;
    let path = path(&made).to_path_buf();
    list.push(path.clone());
    Ok((made, Registration(path)))
}

impl Registration {
    /// Runs `finish` (which moves the temporary file into place, or removes
    /// it) while no interruption can remove the file: a signal arriving
    /// meanwhile waits for it, then finds nothing left to remove.
    pub fn finish<T>(self, finish: impl FnOnce() -> T) -> T {
        let mut list = registry();
        let result = finish();
        list.retain(|p| *p != self.0);
        drop(list);
        std::mem::forget(self);
        result
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        registry().retain(|p| *p != self.0);
    }
}

/// Removes every registered temporary output (from the signal thread).
/// The lock is held until the process exits, so that no output is moved
/// into place half-way through.
fn remove_all_and_exit(code: i32) -> ! {
    let list = registry();
    for path in list.iter() {
        let _ = std::fs::remove_file(path);
    }
    std::process::exit(code)
}

/// Installs the handler: a thread waits for SIGINT, SIGTERM and SIGHUP,
/// removes the temporary outputs and exits with 128 + the signal. For the
/// binary; a program using the library keeps its own signal handling.
#[cfg(unix)]
pub fn remove_temporary_files_on_signals() -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                remove_all_and_exit(128 + signal);
            }
        })?;
    Ok(())
}

#[cfg(not(unix))]
pub fn remove_temporary_files_on_signals() -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn register(path: &'static str) -> Registration {
        register_new(|| Ok(Path::new(path)), |p| p).unwrap().1
    }

    #[test]
    fn registrations_last_as_long_as_their_file() {
        let a = register("/tmp/a.tmp");
        let b = register("/tmp/b.tmp");
        assert!(registry().contains(&PathBuf::from("/tmp/a.tmp")));
        drop(a);
        assert!(!registry().contains(&PathBuf::from("/tmp/a.tmp")));
        assert_eq!(b.finish(|| 7), 7);
        assert!(!registry().contains(&PathBuf::from("/tmp/b.tmp")));
    }
}
