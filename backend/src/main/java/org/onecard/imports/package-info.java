/**
 * The card centre's Excel imports (DOMAIN §7) on the domain-free Excel toolkit
 * ({@code org.onecard.excel}): departments, people, recharges (with subsidy columns) and refunds.
 *
 * <h2>Two phases, one transaction</h2>
 * Phase 1 parses the file (while the upload request waits: a file-level problem is answered at
 * once as problem+json) and then, in the job, checks every row against the database with a few
 * bulk lookups per file ({@code ImportLookups}) and pure rules ({@code domain.MoneyRules}); it
 * changes nothing. Phase 2 applies all accepted rows (policy {@code ACCEPTED_ROWS}, or with
 * {@code ALL_OR_NOTHING} only a file without refused rows) in <em>one</em> database transaction:
 * a crash or a conflict half-way leaves nothing, and the job fails with a reason (5050 when data
 * changed between the phases).
 *
 * <h2>Money: one posting per row, one transaction per file</h2>
 * Each money row is its own ledger posting (its own history line and balance-after, key
 * {@code import:{kind}:{personId}:{version}}), and {@link org.onecard.ledger.LedgerBatches} books
 * all of a file's postings, the new import versions and the subsidy registrations in one
 * transaction. One posting with many legs was not an option: a posting has at most 16 legs, and
 * a 10,000-row file would need 625 postings that could not commit together anyway. Because every
 * person occurs once per file, the ledger batches its statements (multi-row inserts, one CASE
 * update per few hundred wallets), so a 10,000-row file costs a few hundred statements.
 *
 * <h2>No double import</h2>
 * A row is taken only when its import version is greater than the person's last one for that
 * kind ({@code import_version}, written in the same transaction as the money, each update only
 * over the version phase 1 read). The same file uploaded again therefore refuses every row; the
 * per-row posting key is a second guard. The upload's {@code Idempotency-Key} returns the first job
 * while it is remembered.
 *
 * <h2>Jobs</h2>
 * Jobs live in memory, bounded in number, running count and age ({@link
 * org.onecard.imports.ImportProperties}); a restart forgets them, never the money.
 */
package org.onecard.imports;
