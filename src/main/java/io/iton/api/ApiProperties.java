package io.iton.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits ({@code iton.api.*}).
 *
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("iton.api")
record ApiProperties(@DefaultValue("2097152") long maxBodyBytes) {
}
