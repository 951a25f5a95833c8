package io.iton.cluster;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node takes part in a cluster ({@code iton.cluster.*}).
 *
 * @param nodeId       this node's name in the change log (by default a new one at every start)
 * @param pollInterval how often the node reads the changes other nodes made
 * @param keep         how long change-log rows are kept
 */
@ConfigurationProperties("iton.cluster")
record ClusterProperties(String nodeId, @DefaultValue("500ms") Duration pollInterval,
                         @DefaultValue("1d") Duration keep) {

    ClusterProperties {
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = UUID.randomUUID().toString();
        }
    }
}
