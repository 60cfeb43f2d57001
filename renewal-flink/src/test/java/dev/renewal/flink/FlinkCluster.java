package dev.renewal.flink;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The MiniCluster the job tests run on: one task manager with two slots, so jobs run at parallelism 2. */
public final class FlinkCluster {

    /** Parallelism of every job test. */
    public static final int PARALLELISM = 2;

    private FlinkCluster() {
    }

    /** A fresh extension for a test class's {@code @RegisterExtension static} field. */
    public static MiniClusterExtension extension() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(PARALLELISM)
                .build());
    }
}
