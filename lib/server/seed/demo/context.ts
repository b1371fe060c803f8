// What every part of the demo seed draws from: one seeded random source per part (forked, so
// parts do not shift each other), one seeded Faker, one id stream and the seed's clock.
import { Faker, en } from "@faker-js/faker";
import { createIdFactory, createRandom, type Random } from "../random";

export const DAY = 86_400_000;

export interface DemoContext {
  seed: number;
  now: Date;
  /** Start of the assessment history: twelve months before now. */
  start: Date;
  faker: Faker;
  newId: () => string;
  random(part: string): Random;
  daysAgo(days: number): Date;
}

export function createDemoContext(seed: number, now: Date): DemoContext {
  const root = createRandom(seed);
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  faker.setDefaultRefDate(now);
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return {
    seed,
    now,
    start,
    faker,
    newId: createIdFactory(root.fork("ids")),
    random: (part) => root.fork(part),
    daysAgo: (days) => new Date(now.getTime() - days * DAY),
  };
}
