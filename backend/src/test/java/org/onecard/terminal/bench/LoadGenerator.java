package org.onecard.terminal.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;
import org.onecard.terminal.tools.TerminalMessages;
import org.onecard.terminal.tools.TerminalMessages.OfflineRecord;

/**
 * Many terminals on one non-blocking event-loop thread, built with the simulator's messages,
 * codec and MAC. Each connection ("lane") has at most one request in flight, as a real terminal
 * waits for its reply. All lane state is touched on the loop thread only; {@link LoadPhase}s
 * drive what the lanes send.
 */
final class LoadGenerator implements AutoCloseable {

    /** A registered terminal as the generator knows it. */
    record BenchTerminal(String code, String serial, byte[] key, long outletId) {
    }

    private static final Frames FRAMES = Frames.of(false);
    private static final int TRACES_PER_LANE_SHARE = 400_000;

    private final NioEventLoopGroup loop = new NioEventLoopGroup(1, new DefaultThreadFactory("bench-gen", true));
    private final List<Lane> lanes = new ArrayList<>();
    private final List<String> cards;
    private final long loopThreadId;
    private int nextCard;
    private LoadPhase phase;

    LoadGenerator(List<String> cards) throws ExecutionException, InterruptedException {
        this.cards = cards;
        this.loopThreadId = loop.submit(() -> Thread.currentThread().getId()).get();
    }

    /** Opens {@code connections} lanes over the terminals (a terminal carries a second lane when there are more lanes than terminals). */
    void connect(String host, int port, List<BenchTerminal> terminals, int connections) throws InterruptedException {
        for (int from = 0; from < connections; from += 200) {
            List<ChannelFuture> pending = new ArrayList<>();
            for (int i = from; i < Math.min(connections, from + 200); i++) {
                Lane lane = new Lane(terminals.get(i % terminals.size()), (i / terminals.size()) * TRACES_PER_LANE_SHARE);
                lanes.add(lane);
                pending.add(new Bootstrap().group(loop).channel(NioSocketChannel.class)
                        .option(ChannelOption.TCP_NODELAY, true)
                        .handler(new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel ch) {
                                lane.channel = ch;
                                ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(Frames.MAX_BODY_BYTES + 2, 0, 2, 0, 2),
                                        lane);
                            }
                        }).connect(host, port));
            }
            for (ChannelFuture f : pending) {
                f.sync();
            }
        }
    }

    int lanes() {
        return lanes.size();
    }

    /** Starts a phase on the loop; its window times are set when this returns. */
    void start(LoadPhase next) throws ExecutionException, InterruptedException {
        onLoop(() -> {
            phase = next;
            next.start(this);
        });
    }

    /** Runs a phase and waits for it to finish (at most {@code limitSeconds}). */
    <P extends LoadPhase> P run(P next, long limitSeconds) throws Exception {
        start(next);
        if (!next.await(limitSeconds)) {
            throw new IllegalStateException(next.name + " did not finish in " + limitSeconds + " s");
        }
        return next;
    }

    /** Runs the task on the loop thread (where all lane state lives) and waits for it. */
    void onLoop(Runnable task) throws ExecutionException, InterruptedException {
        loop.submit(task).get();
    }

    /** CPU time the generator's own thread has used so far. */
    long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(loopThreadId);
    }

    List<Lane> all() {
        return lanes;
    }

    /** Runs later on the loop thread. */
    void schedule(Runnable task, long delayNanos) {
        loop.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        for (Lane lane : lanes) {
            if (lane.channel != null) {
                lane.channel.close();
            }
        }
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    /** One connection of one terminal. */
    final class Lane extends SimpleChannelInboundHandler<ByteBuf> {

        final BenchTerminal terminal;
        final ArrayDeque<Long> backlog = new ArrayDeque<>();
        private final int traceBase;
        private int sent;
        private Channel channel;
        long outletId;
        /** When the request in flight was due (open loop) or sent (closed loop); -1 when idle. */
        long dueNanos = -1;

        Lane(BenchTerminal terminal, int traceBase) {
            this.terminal = terminal;
            this.traceBase = traceBase;
            this.outletId = terminal.outletId();
        }

        boolean busy() {
            return dueNanos >= 0;
        }

        void signOn() {
            send(TerminalMessages.signOn(terminal.code(), nextTrace(), terminal.serial()), System.nanoTime());
        }

        /** A purchase of the next card, due at {@code dueNanos} (which may be in the past: queueing counts). */
        void purchase(long due) {
            int k = nextCard();
            send(TerminalMessages.purchase(terminal.code(), nextTrace(), cards.get(k), amountFen(k), outletId,
                    ZonedDateTime.now(TerminalMessages.ZONE)), due);
        }

        /** A 0800 echo (network management 301), due at {@code dueNanos}. */
        void echo(long due) {
            send(TerminalMessages.echo(terminal.code(), nextTrace()), due);
        }

        /** A 0320 with the next {@code count} offline records of this terminal, each of the next card. */
        void upload(int count, int batch) {
            ZonedDateTime now = ZonedDateTime.now(TerminalMessages.ZONE);
            List<OfflineRecord> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int k = nextCard();
                records.add(new OfflineRecord(nextTrace(), now, amountFen(k), cards.get(k)));
            }
            send(TerminalMessages.batchUpload(terminal.code(), nextTrace(), outletId, batch, records), System.nanoTime());
        }

        private int nextCard() {
            int k = nextCard;
            nextCard = (nextCard + 1) % cards.size();
            return k;
        }

        private static long amountFen(int card) {
            return 100 + (card * 37L) % 1_900;
        }

        private int nextTrace() {
            return traceBase + ++sent;
        }

        private void send(IsoMessage message, long due) {
            dueNanos = due;
            byte[] frame = FRAMES.write(new Frame(Optional.empty(), TerminalConnection.encode(message, terminal.key())));
            channel.writeAndFlush(Unpooled.wrappedBuffer(frame));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf body) {
            long now = System.nanoTime();
            long due = dueNanos;
            dueNanos = -1;
            phase.exchanges++;
            IsoMessage reply = decode(ByteBufUtil.getBytes(body));
            phase.replied(this, reply == null ? "undecodable" : reply.has(39) ? reply.text(39) : "no 39", reply, due, now);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (phase != null && busy()) {
                long due = dueNanos;
                dueNanos = -1;
                phase.replied(this, "closed", null, due, System.nanoTime());
            }
        }

        private IsoMessage decode(byte[] message) {
            try {
                return TerminalConnection.CODEC.decode(message);
            } catch (IsoFormatException e) {
                return null;
            }
        }
    }
}
