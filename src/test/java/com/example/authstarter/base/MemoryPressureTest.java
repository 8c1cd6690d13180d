package com.example.authstarter.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.AdjustableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryPressureTest {

    private static final long MIB = 1024 * 1024;

    private final Figures figures = new Figures();
    private final AdjustableClock clock = new AdjustableClock();
    private final MemoryPressure pressure = new MemoryPressure(figures, clock);

    @Test
    void memory_is_enough_while_the_heap_after_collection_and_the_process_stay_below_their_shares() {
        figures.heapAfterCollection = 80 * MIB; // of 128
        figures.processAnonymous = Optional.of(350 * MIB); // with the 64 MiB of heap still to take: 81 % of 512

        assertThat(pressure.isShort()).isFalse();
    }

    @Test
    void a_heap_still_full_after_collection_makes_memory_short() {
        figures.heapAfterCollection = 115 * MIB; // 90 % of 128

        assertThat(pressure.isShort()).isTrue();
    }

    @Test
    void a_process_near_its_containers_limit_makes_memory_short_whatever_the_heap() {
        figures.processAnonymous = Optional.of(470 * MIB); // 92 % of 512

        assertThat(pressure.isShort()).isTrue();
    }

    @Test
    void the_heap_the_jvm_may_still_take_counts_as_taken() {
        figures.processAnonymous = Optional.of(400 * MIB); // 78 % of 512
        figures.heapCommitted = 64 * MIB; // 64 of 128 still to take: 464 MiB, 91 %

        assertThat(pressure.isShort()).isTrue();
    }

    @Test
    void a_process_whose_heap_has_all_it_may_take_is_short_only_near_the_limit_itself() {
        figures.processAnonymous = Optional.of(450 * MIB); // 88 % of 512
        figures.heapCommitted = 128 * MIB; // the whole heap: it cannot grow the process any more

        assertThat(pressure.isShort()).isFalse();
    }

    @Test
    void once_short_memory_is_enough_again_only_clearly_below_the_line() {
        figures.heapAfterCollection = 110 * MIB; // 86 % of 128
        assertThat(pressure.isShort()).isTrue();

        figures.heapAfterCollection = 106 * MIB; // 83 %: below the line, not clearly
        clock.advance(Duration.ofSeconds(1));
        assertThat(pressure.isShort()).isTrue();

        figures.heapAfterCollection = 100 * MIB; // 78 %
        clock.advance(Duration.ofSeconds(1));
        assertThat(pressure.isShort()).isFalse();
    }

    @Test
    void where_the_system_does_not_say_what_the_process_holds_the_heap_decides() {
        figures.processAnonymous = Optional.empty();

        assertThat(pressure.isShort()).isFalse();
    }

    @Test
    void the_answer_holds_for_half_a_second_then_memory_is_measured_again() {
        figures.heapAfterCollection = 120 * MIB;
        assertThat(pressure.isShort()).isTrue();

        figures.heapAfterCollection = 40 * MIB;
        clock.advance(Duration.ofMillis(400));
        assertThat(pressure.isShort()).as("within half a second").isTrue();

        clock.advance(Duration.ofMillis(200));
        assertThat(pressure.isShort()).as("measured again").isFalse();
    }

    @Test
    void the_jvms_own_figures_are_read() {
        var jvm = new MemoryPressure.JvmGauge();

        assertThat(jvm.heapMax()).isPositive();
        assertThat(jvm.heapCommitted()).isPositive().isLessThanOrEqualTo(jvm.heapMax());
        assertThat(jvm.memoryLimit()).isPositive();
        assertThat(jvm.processAnonymous())
                .hasValueSatisfying(bytes -> assertThat(bytes).isPositive());
        System.gc();
        assertThat(jvm.heapAfterCollection()).isPositive().isLessThanOrEqualTo(jvm.heapMax());
    }

    private static final class Figures implements MemoryPressure.Gauge {
        long heapAfterCollection = 20 * MIB;
        Optional<Long> processAnonymous = Optional.of(200 * MIB);
        long heapCommitted = 64 * MIB;

        @Override
        public long heapAfterCollection() {
            return heapAfterCollection;
        }

        @Override
        public long heapMax() {
            return 128 * MIB;
        }

        @Override
        public long heapCommitted() {
            return heapCommitted;
        }

        @Override
        public Optional<Long> processAnonymous() {
            return processAnonymous;
        }

        @Override
        public long memoryLimit() {
            return 512 * MIB;
        }
    }
}
