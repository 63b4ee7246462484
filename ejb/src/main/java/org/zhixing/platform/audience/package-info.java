/**
 * How features store an audience rule (positions × org subtree × village categories): training sessions and training
 * plans embed the same {@link org.zhixing.platform.audience.AudienceRule}; the org feature resolves it to people.
 */
package org.zhixing.platform.audience;
