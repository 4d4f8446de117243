package org.onecard.common.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class CoalescedReadsTests {

    /** A statement that answers only when the test lets it. */
    private final List<List<Integer>> statements = new ArrayList<>();
    private final List<Sinks.One<Map<Integer, String>>> answers = new ArrayList<>();

    private CoalescedReads<Integer, String> reads(int maxKeys, int maxInFlight) {
        return new CoalescedReads<>(maxKeys, maxInFlight, keys -> {
            Sinks.One<Map<Integer, String>> answer = Sinks.one();
            statements.add(keys);
            answers.add(answer);
            return answer.asMono();
        });
    }

    private void answer(int statement, boolean skipOdd) {
        Map<Integer, String> found = new HashMap<>();
        statements.get(statement).stream().filter(k -> !skipOdd || k % 2 == 0).forEach(k -> found.put(k, "v" + k));
        answers.get(statement).tryEmitValue(found);
    }

    @Test
    void aLoneReadGoesAtOnce() {
        CoalescedReads<Integer, String> reads = reads(10, 1);
        StepVerifier.create(reads.read(4)).then(() -> {
            assertThat(statements).containsExactly(List.of(4));
            answer(0, false);
        }).expectNext("v4").verifyComplete();
    }

    @Test
    void readsArrivingWhileOneIsInFlightGoTogetherAndEachGetsItsOwnValue() {
        CoalescedReads<Integer, String> reads = reads(10, 1);
        List<String> got = new ArrayList<>();
        List<Boolean> done = new ArrayList<>();
        reads.read(2).subscribe(got::add, e -> { }, () -> done.add(true));
        for (int k = 3; k <= 7; k++) {
            reads.read(k).subscribe(got::add, e -> { }, () -> done.add(true));
        }
        assertThat(statements).as("the others wait for the first").containsExactly(List.of(2));
        answer(0, false);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).containsExactly(3, 4, 5, 6, 7);
        answer(1, true);
        assertThat(got).containsExactly("v2", "v4", "v6");
        assertThat(done).as("every read ends, the absent ones empty").hasSize(6);
    }

    @Test
    void aKeyAskedTwiceIsReadOnceAndBothGetIt() {
        CoalescedReads<Integer, String> reads = reads(10, 1);
        reads.read(1).subscribe();
        Mono<List<String>> twice = Flux.merge(reads.read(8), reads.read(8)).collectList();
        StepVerifier.create(twice).then(() -> {
            answer(0, false);
            assertThat(statements.get(1)).containsExactly(8);
            answer(1, false);
        }).expectNext(List.of("v8", "v8")).verifyComplete();
    }

    @Test
    void noStatementHoldsMoreThanMaxKeysAndTwoRunAtOnce() {
        CoalescedReads<Integer, String> reads = reads(3, 2);
        for (int k = 0; k < 9; k++) {
            reads.read(k).subscribe();
        }
        assertThat(statements).as("two go at once, alone; the rest wait").containsExactly(List.of(0), List.of(1));
        answer(0, false);
        assertThat(statements.get(2)).containsExactly(2, 3, 4);
        answer(1, false);
        assertThat(statements.get(3)).containsExactly(5, 6, 7);
        assertThat(statements).as("never more than two in flight").hasSize(4);
        answer(2, false);
        assertThat(statements.get(4)).containsExactly(8);
    }

    @Test
    void aFailedStatementFailsEveryReadWaitingOnItAndTheNextStillRuns() {
        CoalescedReads<Integer, String> reads = reads(10, 1);
        List<Throwable> errors = new ArrayList<>();
        reads.read(1).subscribe(v -> { }, errors::add);
        reads.read(2).subscribe(v -> { }, errors::add);
        reads.read(3).subscribe(v -> { }, errors::add);
        answers.get(0).tryEmitError(new IllegalStateException("connection lost"));
        assertThat(errors).hasSize(1);
        answers.get(1).tryEmitError(new IllegalStateException("connection lost"));
        assertThat(errors).hasSize(3).allMatch(e -> e.getMessage().equals("connection lost"));
        StepVerifier.create(reads.read(4)).then(() -> answer(2, false)).expectNext("v4").verifyComplete();
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertThatThrownBy(() -> new CoalescedReads<Integer, String>(0, 1, keys -> Mono.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoalescedReads<Integer, String>(1, 0, keys -> Mono.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
