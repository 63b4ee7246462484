/**
 * The policy library: documents of the provincial, city and county party organizations, their metadata, their text
 * and their life from draft to superseded.
 */
package org.zhixing.policy.entity;
