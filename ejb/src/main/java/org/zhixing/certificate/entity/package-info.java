/** The certificate, its checked number and the masked name a verification shows. */
package org.zhixing.certificate.entity;
