package org.w3id.tigris.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Tigris ontology ({@code tg:}), as in ontology/tigris.ttl. */
public final class TG {
    public static final String NS = "https://w3id.org/tigris/ontology#";

    private TG() {
    }

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    // Sources
    public static final Resource Document = resource("Document");
    public static final Resource Article = resource("Article");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource Mention = resource("Mention");
    public static final Property sourceName = property("sourceName");
    public static final Property contentHash = property("contentHash");
    public static final Property headline = property("headline");
    public static final Property boilerplate = property("boilerplate");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property pipelineFingerprint = property("pipelineFingerprint");
    public static final Property modelVersion = property("modelVersion");
    public static final Property layer = property("layer");
    public static final Property iriBase = property("iriBase");
    public static final Property indexesPending = property("indexesPending");

    // Entities
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource ArmedGroup = resource("ArmedGroup");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Location = resource("Location");
    public static final Resource Country = resource("Country");
    public static final Resource Region = resource("Region");
    public static final Resource City = resource("City");
    public static final Resource Facility = resource("Facility");
    public static final Property locatedIn = property("locatedIn");
    public static final Property memberOf = property("memberOf");
    public static final Property affiliatedWith = property("affiliatedWith");

    // Events and claims
    public static final Resource Event = resource("Event");
    public static final Resource Claim = resource("Claim");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property place = property("place");
    public static final Property date = property("date");
    public static final Property killed = property("killed");
    public static final Property injured = property("injured");
    public static final Property mode = property("mode");
    public static final Property trigger = property("trigger");
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");
    public static final Property claimant = property("claimant");
    public static final Property claimText = property("claimText");
    public static final Property direct = property("direct");
    public static final Property cue = property("cue");
    public static final Property about = property("about");

    // Cross-source event clusters
    public static final Resource EventCluster = resource("EventCluster");
    public static final Property report = property("report");
    public static final Property eventType = property("eventType");
    public static final Property reportCount = property("reportCount");
    public static final Property killedMin = property("killedMin");
    public static final Property killedMax = property("killedMax");
    public static final Property injuredMin = property("injuredMin");
    public static final Property injuredMax = property("injuredMax");
    public static final Property agentNamedByAll = property("agentNamedByAll");
    public static final Property agentNamedBySome = property("agentNamedBySome");
    public static final Property targetNamedByAll = property("targetNamedByAll");
    public static final Property targetNamedBySome = property("targetNamedBySome");
}
