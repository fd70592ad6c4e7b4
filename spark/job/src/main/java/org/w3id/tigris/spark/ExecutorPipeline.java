package org.w3id.tigris.spark;

import org.w3id.tigris.pipeline.Pipeline;

/**
 * The pipeline of this JVM: models, gazetteers and tables loaded once per executor (and once
 * on the driver), on first use, and shared by every task the executor runs; the pipeline
 * keeps its non-thread-safe stages per thread.
 * <p>
 * A static holder is the one place Spark leaves for this: the job's functions are
 * deserialized anew for every task, so anything they held would be loaded per task.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }

    /** Initialised by the JVM on the first call to {@link #get()}, exactly once. */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.create().build();
    }
}
