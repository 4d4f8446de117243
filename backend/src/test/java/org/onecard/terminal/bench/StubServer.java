package org.onecard.terminal.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.TerminalConnection;

/**
 * A server that answers every frame at once with the same approval and does nothing else: the
 * generator runs against it first, so its own cost and ceiling are known before it measures the
 * real server.
 */
final class StubServer implements AutoCloseable {

    private static final byte[] APPROVAL = Frames.of(false).write(new Frame(Optional.empty(),
            TerminalConnection.CODEC.encode(IsoMessage.builder("0210").set(39, "00").build())));

    private final NioEventLoopGroup loop = new NioEventLoopGroup(1, new DefaultThreadFactory("bench-stub", true));
    private final Channel channel;

    StubServer() throws InterruptedException {
        channel = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(Frames.MAX_BODY_BYTES + 2, 0, 2, 0, 2),
                                new Approve());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() throws InterruptedException {
        channel.close().sync();
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    @ChannelHandler.Sharable
    private static final class Approve extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(APPROVAL));
        }
    }
}
