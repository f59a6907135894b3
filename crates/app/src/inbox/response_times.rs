//! Time to first answer and to close, for the reports: how quickly the office answers.

use domain::inbox::median;

use super::service::InboxError;
use crate::ports::{CaseTimes, InboxStore};

/// The cases that arrived in a period and how quickly they were answered and closed (seconds).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResponseSummary {
    pub cases: usize,
    pub answered: usize,
    pub closed: usize,
    pub median_to_first_answer: Option<i64>,
    pub median_to_close: Option<i64>,
    /// Each case's times, oldest arrival first.
    pub each: Vec<CaseTimes>,
}

/// The summary of the cases that arrived in `[from, until)` (Unix seconds).
pub async fn response_summary(store: &dyn InboxStore, from: i64, until: i64) -> Result<ResponseSummary, InboxError> {
    let each = store.case_times(from, until).await?;
    Ok(summarise(each))
}

fn summarise(each: Vec<CaseTimes>) -> ResponseSummary {
    let answers: Vec<i64> = each.iter().filter_map(|c| c.times.to_first_answer).collect();
    let closes: Vec<i64> = each.iter().filter_map(|c| c.times.to_close).collect();
    ResponseSummary {
        cases: each.len(),
        answered: answers.len(),
        closed: closes.len(),
        median_to_first_answer: median(answers),
        median_to_close: median(closes),
        each,
    }
}

#[cfg(test)]
mod tests {
    use domain::inbox::{CaseId, CaseKind, ResponseTimes};

    use super::*;

    #[test]
    fn medians_count_only_answered_and_closed_cases() {
        let case = |id, first: Option<i64>, close: Option<i64>| CaseTimes {
            id: CaseId(id),
            kind: CaseKind::Idea,
            topic: None,
            created_at: 0,
            times: ResponseTimes { to_first_answer: first, to_close: close },
        };
        let summary = summarise(vec![case(1, Some(3_600), Some(86_400)), case(2, Some(7_200), None), case(3, None, None)]);
        assert_eq!((summary.cases, summary.answered, summary.closed), (3, 2, 1));
        assert_eq!(summary.median_to_first_answer, Some(3_600));
        assert_eq!(summary.median_to_close, Some(86_400));
        assert_eq!(summarise(Vec::new()).median_to_first_answer, None);
    }
}
