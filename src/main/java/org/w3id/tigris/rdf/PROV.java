package org.w3id.tigris.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Tigris uses to say where a fact came from and which run produced it. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
}
