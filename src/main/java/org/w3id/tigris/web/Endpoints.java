package org.w3id.tigris.web;

import org.w3id.tigris.rdf.IriScheme;

/**
 * The public addresses of the server, as they are named in VoID and the service description:
 * built on {@code address}, where clients reach the server (see {@link ServerAddress}), while
 * the data's URI space and the dataset's name keep the base the store's IRIs were minted with.
 */
record Endpoints(IriScheme iris, String datasetName, String address) {
    /** Addresses on the minted base, until {@link #at} says where the server is reached. */
    Endpoints(IriScheme iris, String datasetName) {
        this(iris, datasetName, iris.base());
    }

    /** The same endpoints as reached at {@code address} (no trailing slash). */
    Endpoints at(String address) {
        return new Endpoints(iris, datasetName, address);
    }

    static final String VOID_PATH = "/.well-known/void";
    static final String DUMP_NQUADS_PATH = "/dump.nq.gz";
    static final String DUMP_TRIG_PATH = "/dump.trig";

    String sparql() {
        return address + "/" + datasetName + "/sparql";
    }

    String sparqlPath() {
        return "/" + datasetName + "/sparql";
    }

    String queryPath() {
        return "/" + datasetName + "/query";
    }

    String graphStorePath() {
        return "/" + datasetName + "/get";
    }

    String voidDocument() {
        return address + VOID_PATH;
    }

    /**
     * The dataset itself, described by VoID and named as the service's default dataset: a name
     * under the minted base, the same wherever the server is reached.
     */
    String dataset() {
        return iris.base() + VOID_PATH + "#tigris";
    }

    String nquadsDump() {
        return address + DUMP_NQUADS_PATH;
    }

    String trigDump() {
        return address + DUMP_TRIG_PATH;
    }

    String uriSpace() {
        return iris.base() + "/id/";
    }

    String homePage() {
        return address + "/tigris";
    }
}
