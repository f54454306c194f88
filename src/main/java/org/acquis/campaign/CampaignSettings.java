package org.acquis.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of campaigns ({@code acquis.campaign.*}).
 *
 * @param demoCampaign the demo school gets a campaign with shared results (the
 * {@code demo} profile sets it)
 */
@ConfigurationProperties("acquis.campaign")
public record CampaignSettings(boolean demoCampaign) {
}
