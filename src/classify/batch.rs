//! Many ads at once: [`Ad`] and the owned [`OwnedAd`], anything that reads
//! as an ad ([`AsAd`]), [`Classifier::classify_batch`] spreading a slice of
//! ads over threads, and [`Classifier::classify_iter`] doing the same for
//! ads from any iterator, in bounded memory.
//!
//! Threads are scoped: they end before the call (or the iterator's `next`)
//! returns. A thread that cannot be started (a process or memory limit)
//! leaves the work to the threads that could, down to the calling thread
//! alone; no ad is lost and the results are the same.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{Scope, ScopedJoinHandle};

use super::Classifier;
use super::result::Classification;

/// Ads a thread takes at a time: enough that taking them costs nothing
/// next to classifying them, few enough that the threads finish together.
const BLOCK: usize = 16;

/// Ads [`ClassifyIter`] reads ahead per thread, on more than one thread:
/// enough that starting the threads for each group costs little next to
/// classifying it.
pub(crate) const READ_AHEAD_PER_THREAD: usize = 128;

/// One job ad to classify: a title and a body, borrowed. Either may be
/// empty; an ad that is all body reads like [`Classifier::classify`].
///
/// ```
/// use allied_health::{Ad, Classifier, Profession};
///
/// let ad = Ad::new("Dental Nurse", "GDC registration required.");
/// let c = Classifier::new().classify_ad(ad.title(), ad.body());
/// assert_eq!(c.profession(), Some(Profession::DentalAssistant));
/// assert_eq!(Ad::from_text("Paramedic").title(), "");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ad<'a> {
    title: &'a str,
    body: &'a str,
}

impl<'a> Ad<'a> {
    /// An ad with a title and a body.
    ///
    /// ```
    /// use allied_health::Ad;
    ///
    /// let ad = Ad::new("Paramedic", "Join our ambulance service.");
    /// assert_eq!((ad.title(), ad.body()), ("Paramedic", "Join our ambulance service."));
    /// ```
    #[must_use]
    pub const fn new(title: &'a str, body: &'a str) -> Ad<'a> {
        Ad { title, body }
    }

    /// An ad given as text with no separate title (classified like
    /// [`Classifier::classify`]: a short first line is read as the title).
    ///
    /// ```
    /// use allied_health::Ad;
    ///
    /// let ad = Ad::from_text("Orthoptist\nBand 6, eye clinic.");
    /// assert_eq!(ad.body(), "Orthoptist\nBand 6, eye clinic.");
    /// ```
    #[must_use]
    pub const fn from_text(text: &'a str) -> Ad<'a> {
        Ad {
            title: "",
            body: text,
        }
    }

    /// The title (may be empty).
    ///
    /// ```
    /// use allied_health::Ad;
    ///
    /// assert_eq!(Ad::new("Orthoptist", "").title(), "Orthoptist");
    /// ```
    #[must_use]
    pub const fn title(&self) -> &'a str {
        self.title
    }

    /// The body (may be empty).
    ///
    /// ```
    /// use allied_health::Ad;
    ///
    /// assert_eq!(Ad::new("", "Eye clinic.").body(), "Eye clinic.");
    /// ```
    #[must_use]
    pub const fn body(&self) -> &'a str {
        self.body
    }
}

impl<'a> From<(&'a str, &'a str)> for Ad<'a> {
    /// `(title, body)`.
    fn from((title, body): (&'a str, &'a str)) -> Ad<'a> {
        Ad::new(title, body)
    }
}

impl<'a> From<&'a OwnedAd> for Ad<'a> {
    /// The owned ad, borrowed.
    fn from(ad: &'a OwnedAd) -> Ad<'a> {
        Ad::new(&ad.title, &ad.body)
    }
}

/// One job ad that owns its text: what a CSV or JSON reader or a channel
/// hands over. Either field may be empty; with `serde`, a missing field
/// reads as empty.
///
/// ```
/// use allied_health::{Classifier, OwnedAd, Profession};
///
/// let ad = OwnedAd::new("Phlebotomist", "Outpatient lab, days.");
/// let c = Classifier::new().classify_ad(&ad.title, &ad.body);
/// assert_eq!(c.profession(), Some(Profession::Phlebotomist));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct OwnedAd {
    /// The title (may be empty).
    pub title: String,
    /// The body (may be empty).
    pub body: String,
}

impl OwnedAd {
    /// An ad with a title and a body.
    ///
    /// ```
    /// use allied_health::OwnedAd;
    ///
    /// let ad = OwnedAd::new("Paramedic", String::from("Ambulance service."));
    /// assert_eq!(ad.title, "Paramedic");
    /// ```
    #[must_use]
    pub fn new(title: impl Into<String>, body: impl Into<String>) -> OwnedAd {
        OwnedAd {
            title: title.into(),
            body: body.into(),
        }
    }

    /// The ad borrowed as an [`Ad`].
    ///
    /// ```
    /// use allied_health::{Ad, OwnedAd};
    ///
    /// let ad = OwnedAd::new("Orthoptist", "");
    /// assert_eq!(ad.as_ad(), Ad::new("Orthoptist", ""));
    /// ```
    #[must_use]
    pub fn as_ad(&self) -> Ad<'_> {
        Ad::from(self)
    }
}

impl From<(String, String)> for OwnedAd {
    /// `(title, body)`.
    fn from((title, body): (String, String)) -> OwnedAd {
        OwnedAd { title, body }
    }
}

impl From<Ad<'_>> for OwnedAd {
    /// The ad's text, copied.
    fn from(ad: Ad<'_>) -> OwnedAd {
        OwnedAd::new(ad.title(), ad.body())
    }
}

/// Anything that reads as a job ad: [`Ad`], [`OwnedAd`], a `(title, body)`
/// pair of strings, or a string (text with no separate title, read as
/// [`Classifier::classify`] reads it); and references and boxes of these.
/// What [`Classifier::classify_iter`] takes.
///
/// ```
/// use allied_health::{Ad, AsAd, OwnedAd};
///
/// assert_eq!(("Dietitian", "Renal team.").as_ad(), Ad::new("Dietitian", "Renal team."));
/// assert_eq!((String::from("Dietitian"), String::new()).as_ad(), Ad::new("Dietitian", ""));
/// assert_eq!("Dietitian\nRenal team.".as_ad(), Ad::from_text("Dietitian\nRenal team."));
/// assert_eq!(OwnedAd::new("Dietitian", "").as_ad().title(), "Dietitian");
/// ```
pub trait AsAd {
    /// The ad, borrowed.
    ///
    /// ```
    /// use allied_health::AsAd;
    ///
    /// assert_eq!(String::from("Paramedic").as_ad().body(), "Paramedic");
    /// ```
    fn as_ad(&self) -> Ad<'_>;
}

impl AsAd for Ad<'_> {
    fn as_ad(&self) -> Ad<'_> {
        *self
    }
}

impl AsAd for OwnedAd {
    fn as_ad(&self) -> Ad<'_> {
        Ad::from(self)
    }
}

impl AsAd for str {
    /// Text with no separate title.
    fn as_ad(&self) -> Ad<'_> {
        Ad::from_text(self)
    }
}

impl AsAd for String {
    /// Text with no separate title.
    fn as_ad(&self) -> Ad<'_> {
        Ad::from_text(self)
    }
}

impl AsAd for Cow<'_, str> {
    /// Text with no separate title.
    fn as_ad(&self) -> Ad<'_> {
        Ad::from_text(self)
    }
}

impl<T: AsRef<str>, B: AsRef<str>> AsAd for (T, B) {
    /// `(title, body)`.
    fn as_ad(&self) -> Ad<'_> {
        Ad::new(self.0.as_ref(), self.1.as_ref())
    }
}

impl<T: AsAd + ?Sized> AsAd for &T {
    fn as_ad(&self) -> Ad<'_> {
        (**self).as_ad()
    }
}

impl<T: AsAd + ?Sized> AsAd for Box<T> {
    fn as_ad(&self) -> Ad<'_> {
        (**self).as_ad()
    }
}

impl<T: AsAd + ?Sized> AsAd for Arc<T> {
    fn as_ad(&self) -> Ad<'_> {
        (**self).as_ad()
    }
}

impl Classifier {
    /// Classifies many ads, on as many threads as the machine offers
    /// ([`std::thread::available_parallelism`]). The results are in the
    /// order of `ads`, and each is what [`classify_ad`](Self::classify_ad)
    /// returns for the same ad. (For ads of another type, or from an
    /// iterator, see [`classify_iter`](Self::classify_iter).)
    ///
    /// ```
    /// use allied_health::{Ad, Classifier, Profession};
    ///
    /// let ads = [
    ///     Ad::new("Band 5 Physiotherapist", "HCPC registered."),
    ///     Ad::new("Pharmacy Technician", ""),
    ///     Ad::from_text("Phlebotomist\nOutpatient lab, days."),
    /// ];
    /// let results = Classifier::new().classify_batch(&ads);
    /// let professions: Vec<_> = results.iter().map(|c| c.profession()).collect();
    /// assert_eq!(professions, [
    ///     Some(Profession::Physiotherapist),
    ///     Some(Profession::PharmacyTechnician),
    ///     Some(Profession::Phlebotomist),
    /// ]);
    /// ```
    #[must_use]
    pub fn classify_batch(&self, ads: &[Ad<'_>]) -> Vec<Classification> {
        self.classify_batch_with_threads(ads, 0)
    }

    /// Like [`classify_batch`](Self::classify_batch), on at most `threads`
    /// threads (0 means as many as the machine offers). The calling thread
    /// is one of them: with one thread, or a handful of ads, no thread is
    /// started. A thread that cannot be started means fewer threads, down
    /// to the calling thread alone, with the same results.
    ///
    /// ```
    /// use allied_health::{Ad, Classifier};
    ///
    /// let owned: Vec<(String, String)> = (0..100)
    ///     .map(|i| (format!("Paramedic {i}"), "Ambulance service.".to_owned()))
    ///     .collect();
    /// let ads: Vec<Ad> = owned.iter().map(|(t, b)| Ad::new(t, b)).collect();
    /// let classifier = Classifier::new();
    /// assert_eq!(
    ///     classifier.classify_batch_with_threads(&ads, 2),
    ///     classifier.classify_batch_with_threads(&ads, 1),
    /// );
    /// ```
    #[must_use]
    pub fn classify_batch_with_threads(
        &self,
        ads: &[Ad<'_>],
        threads: usize,
    ) -> Vec<Classification> {
        let mut out = Vec::with_capacity(ads.len());
        self.classify_slice(ads, resolve_threads(threads), &mut out);
        out
    }

    /// Classifies ads from any iterator (a CSV reader, a channel's
    /// receiver, lines of a file), owned or borrowed, yielding a
    /// [`Classification`] for each in input order, on at most `threads`
    /// threads (0 means as many as the machine offers).
    ///
    /// Memory stays bounded: on one thread it reads one ad at a time; on
    /// `n` threads, a group of at most 128 × `n` ads, which it classifies
    /// while the caller waits, then hands out. It never holds more than
    /// that many ads, nor has read more than that many ads beyond the
    /// results it has returned. A thread that cannot be started means
    /// fewer threads, down to the calling thread alone, with the same
    /// results.
    ///
    /// ```
    /// use allied_health::{Classifier, OwnedAd, Profession};
    ///
    /// let csv = "title,body\nDental Nurse,GDC registered\nOrthoptist,Eye clinic\n";
    /// let ads = csv.lines().skip(1).filter_map(|line| {
    ///     let (title, body) = line.split_once(',')?;
    ///     Some(OwnedAd::new(title, body))
    /// });
    /// let professions: Vec<_> = Classifier::new()
    ///     .classify_iter(ads, 2)
    ///     .map(|c| c.profession())
    ///     .collect();
    /// assert_eq!(professions, [Some(Profession::DentalAssistant), Some(Profession::Orthoptist)]);
    /// ```
    ///
    /// From a channel, with the ads classified as they come:
    ///
    /// ```
    /// use std::sync::mpsc;
    /// use allied_health::{Classifier, Profession};
    ///
    /// let (send, receive) = mpsc::channel::<(String, String)>();
    /// let reader = std::thread::spawn(move || {
    ///     for title in ["Paramedic", "Podiatrist"] {
    ///         send.send((title.to_owned(), String::new())).unwrap();
    ///     }
    /// });
    /// let results: Vec<_> = Classifier::new().classify_iter(receive, 1).collect();
    /// reader.join().unwrap();
    /// assert_eq!(results[1].profession(), Some(Profession::Podiatrist));
    /// ```
    pub fn classify_iter<I>(&self, ads: I, threads: usize) -> ClassifyIter<I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsAd + Sync,
    {
        let threads = resolve_threads(threads);
        ClassifyIter {
            classifier: self.clone(),
            ads: ads.into_iter(),
            threads,
            group: if threads == 1 {
                1
            } else {
                READ_AHEAD_PER_THREAD.saturating_mul(threads)
            },
            read: Vec::new(),
            results: VecDeque::new(),
            done: false,
        }
    }

    /// Classifies `ads` on up to `threads` threads, appending the results
    /// to `out` in order.
    fn classify_slice<A: AsAd + Sync>(
        &self,
        ads: &[A],
        threads: usize,
        out: &mut impl Extend<Classification>,
    ) {
        let classify = |ad: &A| {
            let ad = ad.as_ad();
            self.classify_ad(ad.title(), ad.body())
        };
        let threads = threads.min(ads.len().div_ceil(BLOCK));
        if threads <= 1 {
            out.extend(ads.iter().map(classify));
            return;
        }
        // Threads take the next block of ads as they finish one, so that a
        // thread slowed by long ads or by the scheduler holds no one up,
        // and a thread that never started takes none.
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            loop {
                let block = next.fetch_add(1, Ordering::Relaxed);
                let start = block.saturating_mul(BLOCK);
                if start >= ads.len() {
                    return done;
                }
                let results: Vec<Classification> = ads[start..ads.len().min(start + BLOCK)]
                    .iter()
                    .map(classify)
                    .collect();
                done.push((block, results));
            }
        };
        let mut blocks_done: Vec<(usize, Vec<Classification>)> = std::thread::scope(|s| {
            let mut helpers = Vec::with_capacity(threads - 1);
            for _ in 1..threads {
                match spawn(s, work) {
                    Ok(helper) => helpers.push(helper),
                    // No more threads: the ones running (at least this
                    // one) share the blocks.
                    Err(_) => break,
                }
            }
            let mut all = work();
            for helper in helpers {
                // A panic in a helper is a bug of the classifier: pass it on.
                all.extend(
                    helper
                        .join()
                        .unwrap_or_else(|p| std::panic::resume_unwind(p)),
                );
            }
            all
        });
        blocks_done.sort_unstable_by_key(|&(block, _)| block);
        for (_, results) in blocks_done {
            out.extend(results);
        }
    }
}

/// `threads`, or the machine's parallelism for 0.
fn resolve_threads(threads: usize) -> usize {
    if threads == 0 {
        std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
    } else {
        threads
    }
}

/// Starts a scoped thread; an error when the system will not.
fn spawn<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> std::io::Result<ScopedJoinHandle<'scope, T>> {
    #[cfg(test)]
    if tests::refuse_spawn() {
        return Err(std::io::Error::other("no thread for this test"));
    }
    std::thread::Builder::new().spawn_scoped(scope, f)
}

/// The classifications of ads from an iterator, in input order: what
/// [`Classifier::classify_iter`] returns.
///
/// ```
/// use allied_health::{Classifier, Profession};
///
/// let titles = ["Sonographer", "Care Assistant", "Receptionist"];
/// let mut results = Classifier::new().classify_iter(titles, 0);
/// assert_eq!(results.next().unwrap().profession(), Some(Profession::Sonographer));
/// assert_eq!(results.next().unwrap().profession(), Some(Profession::CareWorker));
/// assert_eq!(results.next().unwrap().profession(), None);
/// assert!(results.next().is_none());
/// ```
pub struct ClassifyIter<I: Iterator> {
    classifier: Classifier,
    ads: I,
    threads: usize,
    /// Ads read and classified at a time.
    group: usize,
    /// The group being classified (kept to reuse its allocation).
    read: Vec<I::Item>,
    results: VecDeque<Classification>,
    /// The ads ran out.
    done: bool,
}

impl<I> Iterator for ClassifyIter<I>
where
    I: Iterator,
    I::Item: AsAd + Sync,
{
    type Item = Classification;

    fn next(&mut self) -> Option<Classification> {
        if let Some(c) = self.results.pop_front() {
            return Some(c);
        }
        if self.done {
            return None;
        }
        self.read.clear();
        self.read.extend(self.ads.by_ref().take(self.group));
        if self.read.len() < self.group {
            self.done = true;
        }
        self.classifier
            .classify_slice(&self.read, self.threads, &mut self.results);
        self.read.clear();
        self.results.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = if self.done {
            (0, Some(0))
        } else {
            self.ads.size_hint()
        };
        let held = self.results.len();
        (
            low.saturating_add(held),
            high.and_then(|h| h.checked_add(held)),
        )
    }
}

impl<I: Iterator> core::fmt::Debug for ClassifyIter<I> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClassifyIter")
            .field("threads", &self.threads)
            .field("read_ahead", &self.group)
            .field("results_held", &self.results.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<I> core::iter::FusedIterator for ClassifyIter<I>
where
    I: Iterator,
    I::Item: AsAd + Sync,
{
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use super::*;
    use crate::Profession;

    thread_local! {
        /// Threads this thread may still start; `None`: no limit.
        static SPAWNS_LEFT: Cell<Option<usize>> = const { Cell::new(None) };
    }

    /// Whether [`spawn`] must fail, as the system would at a process or
    /// memory limit.
    pub(super) fn refuse_spawn() -> bool {
        SPAWNS_LEFT.with(|left| match left.get() {
            None => false,
            Some(0) => true,
            Some(n) => {
                left.set(Some(n - 1));
                false
            }
        })
    }

    /// Runs `f` with at most `spawns` threads startable from this thread.
    fn with_spawns<T>(spawns: usize, f: impl FnOnce() -> T) -> T {
        SPAWNS_LEFT.with(|left| left.set(Some(spawns)));
        let out = f();
        SPAWNS_LEFT.with(|left| left.set(None));
        out
    }

    /// Ads with a known answer each, many times over, so that every
    /// thread gets blocks.
    fn ads(n: usize) -> Vec<(String, String)> {
        let titles = ["Paramedic", "Dental Nurse", "Receptionist", "Orthoptist"];
        (0..n)
            .map(|i| {
                (
                    format!("{} {i}", titles[i % titles.len()]),
                    format!("Ad number {i}."),
                )
            })
            .collect()
    }

    fn expected(n: usize) -> Vec<Option<Profession>> {
        let answers = [
            Some(Profession::Paramedic),
            Some(Profession::DentalAssistant),
            None,
            Some(Profession::Orthoptist),
        ];
        (0..n).map(|i| answers[i % answers.len()]).collect()
    }

    fn professions(results: &[Classification]) -> Vec<Option<Profession>> {
        results.iter().map(Classification::profession).collect()
    }

    #[test]
    fn threads_that_cannot_start_lose_no_ad() {
        let classifier = Classifier::new();
        let owned = ads(1000);
        let ads: Vec<Ad<'_>> = owned.iter().map(|(t, b)| Ad::new(t, b)).collect();
        let alone = classifier.classify_batch_with_threads(&ads, 1);
        assert_eq!(professions(&alone), expected(1000));
        // No thread at all, then one of the seven asked for.
        for spawns in [0, 1] {
            let results = with_spawns(spawns, || classifier.classify_batch_with_threads(&ads, 8));
            assert_eq!(results, alone, "{spawns} threads started");
            let results: Vec<_> =
                with_spawns(spawns, || classifier.classify_iter(&ads, 8).collect());
            assert_eq!(results, alone, "{spawns} threads started");
        }
    }

    #[test]
    fn the_spawn_hook_refuses_as_told() {
        let started = with_spawns(1, || {
            std::thread::scope(|s| [spawn(s, || ()).is_ok(), spawn(s, || ()).is_ok()])
        });
        assert_eq!(started, [true, false]);
        assert!(std::thread::scope(|s| spawn(s, || ()).is_ok()));
    }

    /// An iterator that counts how many ads were taken from it.
    struct Counted<I> {
        inner: I,
        taken: Rc<Cell<usize>>,
    }

    impl<I: Iterator> Iterator for Counted<I> {
        type Item = I::Item;
        fn next(&mut self) -> Option<I::Item> {
            let item = self.inner.next()?;
            self.taken.set(self.taken.get() + 1);
            Some(item)
        }
    }

    #[test]
    fn classify_iter_reads_a_bounded_number_of_ads_ahead() {
        let classifier = Classifier::new();
        let ads = ads(1000);
        for threads in [1, 2, 3] {
            let taken = Rc::new(Cell::new(0));
            let source = Counted {
                inner: ads.iter().cloned(),
                taken: Rc::clone(&taken),
            };
            let bound = if threads == 1 {
                1
            } else {
                READ_AHEAD_PER_THREAD * threads
            };
            let mut returned = 0;
            let mut results = Vec::new();
            for c in classifier.classify_iter(source, threads) {
                returned += 1;
                assert!(
                    taken.get() <= returned - 1 + bound,
                    "{threads} threads: {} read for {returned} returned",
                    taken.get()
                );
                results.push(c);
            }
            assert_eq!(taken.get(), 1000);
            assert_eq!(professions(&results), expected(1000), "{threads} threads");
        }
    }

    #[test]
    fn classify_iter_takes_owned_and_borrowed_ads_of_every_kind() {
        let classifier = Classifier::new();
        let want = [
            Some(Profession::Paramedic),
            Some(Profession::DentalAssistant),
        ];
        let owned = vec![
            OwnedAd::new("Paramedic", ""),
            OwnedAd::new("Dental Nurse", ""),
        ];
        let check = |results: Vec<Classification>| assert_eq!(professions(&results), want);
        check(classifier.classify_iter(owned.clone(), 2).collect());
        check(classifier.classify_iter(&owned, 2).collect());
        check(
            classifier
                .classify_iter(owned.iter().map(OwnedAd::as_ad), 2)
                .collect(),
        );
        check(
            classifier
                .classify_iter(["Paramedic", "Dental Nurse"], 2)
                .collect(),
        );
        check(
            classifier
                .classify_iter(["Paramedic".to_owned(), "Dental Nurse".to_owned()], 2)
                .collect(),
        );
        check(
            classifier
                .classify_iter([("Paramedic", ""), ("Dental Nurse", "")], 2)
                .collect(),
        );
        check(
            classifier
                .classify_iter(owned.iter().map(|a| (a.title.clone(), a.body.clone())), 2)
                .collect(),
        );
        check(
            classifier
                .classify_iter(owned.into_iter().map(Box::new), 2)
                .collect(),
        );
        // An iterator that is not Send is fine: it stays on this thread.
        let not_send = Rc::new(RefCell::new(vec!["Dental Nurse", "Paramedic"]));
        let source = std::iter::from_fn(|| not_send.borrow_mut().pop());
        check(classifier.classify_iter(source, 2).collect());
        assert_eq!(classifier.classify_iter(Vec::<Ad>::new(), 2).count(), 0);
    }
}
