package org.onecard.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxTreeUnits     the organisation tree answer holds at most this many departments
 *                         (and says when it was cut short)
 * @param maxRulesPerGroup online transaction rules one group may have
 */
@ConfigurationProperties("onecard.people")
public record PeopleProperties(
        @DefaultValue("5000") int maxTreeUnits,
        @DefaultValue("24") int maxRulesPerGroup) {
}
