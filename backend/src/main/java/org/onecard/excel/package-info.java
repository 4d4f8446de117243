/**
 * Excel import and export for the card centre: a domain-free toolkit (this package and
 * {@code sheet}, {@code column}, {@code rows}, {@code report}, {@code write}) and the ready-made
 * sheets of DOMAIN §7 ({@code cardcentre}).
 *
 * <h2>Why the file is read whole, but capped</h2>
 * An .xlsx is a ZIP archive whose table of contents sits at its end, so nothing can be read
 * before the last byte has arrived: streaming the upload buys nothing. Instead the body is joined
 * under {@code onecard.excel.max-file-size} (5 MB) and refused the moment it passes it. What
 * grows after that is bounded too: the archive may unpack to at most
 * {@code max-unpacked-size} in total and no part may inflate more than 100 times (zip bombs), and
 * the first worksheet is parsed as a SAX stream that stops one row past {@code max-rows}, so a
 * sheet of a million rows costs no more than the rows before the limit. Old .xls files (OLE2,
 * not compressed) are loaded by POI's HSSF, which the file-size cap bounds.
 *
 * <h2>Why every row is validated before anything is applied</h2>
 * DOMAIN §7: a refused row changes nothing, and the operator gets a report of every row. Phase 1
 * reads, parses and checks all rows with no side effects: the header, every cell of every row
 * (all reasons of a row at once, not just the first), keys repeated within the file, then the
 * caller's per-row lookups. Only then does the caller decide phase 2: apply the accepted rows in
 * one transaction, or, when the file must go in whole or not at all, nothing. Checking first is
 * what makes "all or nothing" possible without rolling back half an import, lets the operator
 * fix every mistake in one round, and keeps the validation cost (CPU, lookups bounded by
 * {@code check-concurrency}) apart from the writes.
 *
 * <h2>Reasons</h2>
 * Each refusal carries a stable code (the {@link org.onecard.excel.report.Issue} keys such as
 * {@code excel.negative}, or a caller's own such as {@code money.both-zero}) and the message in
 * Chinese and English; file-level refusals also name the result code for the HTTP answer.
 */
package org.onecard.excel;
