package org.w3id.tigris.web;

import org.w3id.tigris.rdf.IriScheme;

/**
 * The public addresses of the server, built on the base recorded in the store, as they are
 * named in VoID and the service description.
 */
record Endpoints(IriScheme iris, String datasetName) {
    static final String VOID_PATH = "/.well-known/void";
    static final String DUMP_NQUADS_PATH = "/dump.nq.gz";
    static final String DUMP_TRIG_PATH = "/dump.trig";

    String sparql() {
        return iris.base() + "/" + datasetName + "/sparql";
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
        return iris.base() + VOID_PATH;
    }

    /** The dataset itself, described by VoID and named as the service's default dataset. */
    String dataset() {
        return voidDocument() + "#tigris";
    }

    String nquadsDump() {
        return iris.base() + DUMP_NQUADS_PATH;
    }

    String trigDump() {
        return iris.base() + DUMP_TRIG_PATH;
    }

    String uriSpace() {
        return iris.base() + "/id/";
    }

    String homePage() {
        return iris.base() + "/tigris";
    }
}
