//! Many ads at once: [`Ad`], and [`Classifier::classify_batch`] spreading
//! a slice of ads over threads.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Classifier;
use super::result::Classification;

/// Ads a thread takes at a time: enough that taking them costs nothing
/// next to classifying them, few enough that the threads finish together.
const BLOCK: usize = 16;

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

impl Classifier {
    /// Classifies many ads, on as many threads as the machine offers
    /// ([`std::thread::available_parallelism`]). The results are in the
    /// order of `ads`, and each is what [`classify_ad`](Self::classify_ad)
    /// returns for the same ad.
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
    /// started.
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
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
        } else {
            threads
        };
        let blocks = ads.len().div_ceil(BLOCK);
        let threads = threads.min(blocks);
        if threads <= 1 {
            return ads
                .iter()
                .map(|ad| self.classify_ad(ad.title, ad.body))
                .collect();
        }
        // Threads take the next block of ads as they finish one, so that a
        // thread slowed by long ads or by the scheduler holds no one up.
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            loop {
                let block = next.fetch_add(1, Ordering::Relaxed);
                let start = block * BLOCK;
                if start >= ads.len() {
                    return done;
                }
                let results: Vec<Classification> = ads[start..ads.len().min(start + BLOCK)]
                    .iter()
                    .map(|ad| self.classify_ad(ad.title, ad.body))
                    .collect();
                done.push((block, results));
            }
        };
        let mut blocks_done: Vec<(usize, Vec<Classification>)> = std::thread::scope(|s| {
            let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
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
        let mut out = Vec::with_capacity(ads.len());
        for (_, results) in blocks_done {
            out.extend(results);
        }
        out
    }
}
