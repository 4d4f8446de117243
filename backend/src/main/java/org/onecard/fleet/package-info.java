/**
 * Gas stations' fleet companies and vehicles (DOMAIN §2): a vehicle's cards are refused at the
 * terminal once its cylinder inspection is overdue. {@code domain} holds the pure rules (plates,
 * driver ID numbers, drafts), {@code application} the use cases, {@code web} the HTTP API.
 */
package org.onecard.fleet;
