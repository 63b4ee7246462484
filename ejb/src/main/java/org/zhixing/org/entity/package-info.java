/**
 * The organization tree of the campaign — city, counties, townships, villages and communities — and the cadres who
 * serve in it. An admin's power is always a subtree of this tree.
 */
package org.zhixing.org.entity;
