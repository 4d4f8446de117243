/**
 * The terminal simulator ({@code make terminal-sim}): a plain-Java command-line terminal for
 * people integrating one. It builds requests with the server's own codec, frames and MAC
 * ({@link org.onecard.terminal.iso8583}), so what it sends is what the protocol document says.
 * No Spring context: {@link org.onecard.terminal.tools.TerminalSim#main} runs from the server jar.
 */
package org.onecard.terminal.tools;
