package org.w3id.tigris.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;

/**
 * The services that change the store (SPARQL update, the graph store protocol) and the login
 * that guards them and the admin area: HTTP Basic, one user. The admin area's open paths
 * ({@link AdminGate#OPEN_PATH_SPECS}) stay open.
 */
final class AdminEndpoints {
    private AdminEndpoints() {
    }

    static void addTo(FusekiServer.Builder fb, String dataset, AdminCredentials credentials) {
        AuthPolicy adminOnly = Auth.policyAllowSpecific(credentials.user());
        fb.addEndpoint(dataset, "update", Operation.Update, adminOnly)
                // the whole SPARQL protocol (query and update) at one address, as the W3C
                // protocol tests and some clients expect: the admin can query there too
                .addEndpoint(dataset, "update", Operation.Query, adminOnly)
                .addEndpoint(dataset, "data", Operation.GSP_RW, adminOnly);
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("tigris",
                JettySecurityLib.makeUserStore(credentials.user(), credentials.password()), AuthScheme.BASIC);
        JettySecurityLib.addPathConstraint(security, "/$/*");
        for (String open : AdminGate.OPEN_PATH_SPECS) {
            ConstraintMapping mapping = new ConstraintMapping();
            mapping.setPathSpec(open);
            mapping.setConstraint(Constraint.ALLOWED);
            security.addConstraintMapping(mapping);
        }
        fb.securityHandler(security);
    }
}
