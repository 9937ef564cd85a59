/** Analysis over coded events: dyad summaries (and, as it grows, timelines, tension, alerts, networks). */
package detente.analysis;
