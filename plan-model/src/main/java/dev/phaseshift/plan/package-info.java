/**
 * The plan model: a plan of ordered phases (expand, migrate, switch, contract), each with gates, steps that
 * carry one typed operation for one service, and the consumer deployments that happen after it.
 */
package dev.phaseshift.plan;
