package org.onecard.terminal.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the byte stream into frame bodies (byte[]; no buffer leaves this handler). A length prefix
 * of 0 or above the limit closes the connection before the body is read; a frame that is not
 * complete within the read timeout of its first byte closes it too.
 */
final class FrameDecoder extends ByteToMessageDecoder {

    private static final Logger log = LoggerFactory.getLogger(FrameDecoder.class);

    private final int maxBodyBytes;
    private final long readTimeoutNanos;
    private ScheduledFuture<?> readTimer;
    private boolean closing;

    FrameDecoder(int maxBodyBytes, Duration readTimeout) {
        this.maxBodyBytes = maxBodyBytes;
        this.readTimeoutNanos = readTimeout.toNanos();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (closing) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int readable = in.readableBytes();
        if (readable < Frames.LENGTH_BYTES) {
            partial(ctx, readable > 0);
            return;
        }
        int start = in.readerIndex();
        int length;
        try {
            length = Frames.bodyLength(in.getByte(start), in.getByte(start + 1));
        } catch (IsoFormatException e) {
            length = -1;
        }
        if (length < 0 || length > maxBodyBytes) {
            refuse(ctx, in, "length prefix " + in.getUnsignedShort(start));
            return;
        }
        if (readable < Frames.LENGTH_BYTES + length) {
            partial(ctx, true);
            return;
        }
        in.skipBytes(Frames.LENGTH_BYTES);
        byte[] body = new byte[length];
        in.readBytes(body);
        out.add(body);
        cancelTimer(); // the next decode call starts a fresh timer for a following partial frame
    }

    private void refuse(ChannelHandlerContext ctx, ByteBuf in, String why) {
        log.info("closing {}: {}", ctx.channel().remoteAddress(), why);
        closing = true;
        in.skipBytes(in.readableBytes());
        cancelTimer();
        ctx.close();
    }

    /** Starts the read timer when a frame has begun, stops it when no partial frame is pending. */
    private void partial(ChannelHandlerContext ctx, boolean pending) {
        if (!pending) {
            cancelTimer();
        } else if (readTimer == null) {
            readTimer = ctx.executor().schedule(() -> {
                readTimer = null;
                if (!closing) {
                    closing = true;
                    log.info("closing {}: frame not complete within the read timeout", ctx.channel().remoteAddress());
                    ctx.close();
                }
            }, readTimeoutNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void cancelTimer() {
        if (readTimer != null) {
            readTimer.cancel(false);
            readTimer = null;
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        cancelTimer();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelTimer();
        super.channelInactive(ctx);
    }
}
