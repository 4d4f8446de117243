-- The details report (org.onecard.reports.details) names the card of each transfer. Issue, reissue
-- and cancel postings say which card only through their card event, found by posting: without this
-- index every detail row of such a posting would scan card_event.
CREATE INDEX ix_rpt_card_event_posting ON card_event (posting_id, card_id);
