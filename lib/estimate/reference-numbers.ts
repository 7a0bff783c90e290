/**
 * Latency and throughput figures that estimates may build on (`reference: <id>` in a page's
 * estimates), each with the source it comes from and the year of the figure. Values are in the
 * base units of lib/estimate/units.ts (seconds, bits per second, operations per second).
 *
 * `rough` marks figures that vary by a factor of several with hardware, configuration or
 * workload: use them for orders of magnitude, and measure before sizing a real system.
 */

export type ReferenceSource = {
  /** Who published it and under what title. */
  title: string;
  url: string;
  /** What kind of figure it is: a measurement, a vendor's benchmark, an extrapolation. */
  kind: 'compilation' | 'extrapolation' | 'vendor benchmark' | 'engineering blog' | 'assumption';
};

export type ReferenceNumber = {
  id: string;
  label: string;
  value: number;
  unit: string;
  group: 'latency' | 'throughput';
  year: number;
  source: ReferenceSource;
  rough: boolean;
  /** What the figure means and how it has moved since. */
  note: string;
};

/** When the figures below were last checked against their sources. */
export const REFERENCE_NUMBERS_CHECKED = '2026-11';

const deanNumbers: ReferenceSource = {
  title:
    'Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems" (LADIS 2009), with Peter Norvig\'s figures, as compiled in Jonas Bonér\'s "Latency numbers every programmer should know" (2012)',
  url: 'https://gist.github.com/jboner/2841832',
  kind: 'compilation',
};

const scott2020: ReferenceSource = {
  title: 'Colin Scott, "Latency Numbers Every Programmer Should Know", interactive version set to 2020 (trend extrapolation of the Dean/Norvig figures)',
  url: 'https://colin-scott.github.io/personal_website/research/interactive_latency.html',
  kind: 'extrapolation',
};

export const referenceNumbers: ReferenceNumber[] = [
  {
    id: 'l1CacheReference',
    label: 'L1 cache reference',
    value: 1e-9,
    unit: 's',
    group: 'latency',
    year: 2020,
    source: scott2020,
    rough: false,
    note: 'A few CPU cycles. The 2012 list gives 0.5 ns.',
  },
  {
    id: 'l2CacheReference',
    label: 'L2 cache reference',
    value: 4e-9,
    unit: 's',
    group: 'latency',
    year: 2020,
    source: scott2020,
    rough: false,
    note: 'The 2012 list gives 7 ns.',
  },
  {
    id: 'mutexLockUnlock',
    label: 'Mutex lock and unlock (uncontended)',
    value: 17e-9,
    unit: 's',
    group: 'latency',
    year: 2020,
    source: scott2020,
    rough: false,
    note: 'The 2012 list gives 25 ns. A contended lock that puts a thread to sleep costs microseconds.',
  },
  {
    id: 'mainMemoryReference',
    label: 'Main memory reference',
    value: 100e-9,
    unit: 's',
    group: 'latency',
    year: 2020,
    source: scott2020,
    rough: false,
    note: 'The same in the 2012 list: DRAM latency has barely moved while bandwidth grew.',
  },
  {
    id: 'ssdRandomRead',
    label: 'SSD random read (4 KB)',
    value: 150e-6,
    unit: 's',
    group: 'latency',
    year: 2012,
    source: deanNumbers,
    rough: true,
    note: 'A SATA-era figure. NVMe drives at queue depth 1 answer in tens of microseconds; the 2020 extrapolation gives 16 µs.',
  },
  {
    id: 'hddSeek',
    label: 'Hard disk seek',
    value: 10e-3,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: false,
    note: 'Still typical of 7,200 rpm drives: a few milliseconds to move the head plus half a rotation (4.2 ms).',
  },
  {
    id: 'readMemory1MB',
    label: 'Read 1 MB sequentially from memory',
    value: 250e-6,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: true,
    note: 'About 4 GB/s, one core in 2009. Current servers stream several times faster per core.',
  },
  {
    id: 'readSsd1MB',
    label: 'Read 1 MB sequentially from SSD',
    value: 1e-3,
    unit: 's',
    group: 'latency',
    year: 2012,
    source: deanNumbers,
    rough: true,
    note: 'About 1 GB/s. PCIe 4 and 5 NVMe drives are rated at several GB/s, so a few hundred microseconds.',
  },
  {
    id: 'readHdd1MB',
    label: 'Read 1 MB sequentially from a hard disk',
    value: 20e-3,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: true,
    note: 'About 50 MB/s. Current large drives stream a few hundred MB/s on outer tracks, half that on inner ones.',
  },
  {
    id: 'readNetwork1MB',
    label: 'Send 1 MB over a 1 Gb/s network',
    value: 10e-3,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: false,
    note: 'Neither list has a 1 MB line: the 2012 list gives 10 µs per 1 KB (the 2009 slide, 20 µs per 2 KB), and 10 ms is that rate scaled to 1 MB. The arithmetic agrees: 8 Mb at 1 Gb/s is 8 ms, plus framing. A 25 Gb/s server link takes 0.4 ms.',
  },
  {
    id: 'sameDatacenterRoundTrip',
    label: 'Round trip within one data center',
    value: 500e-6,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: true,
    note: 'Includes the network stacks at both ends; the same figure appears in the 2020 extrapolation. Between availability zones of one region, 1 to 2 ms.',
  },
  {
    id: 'crossRegionRoundTrip',
    label: 'Round trip California to the Netherlands',
    value: 150e-3,
    unit: 's',
    group: 'latency',
    year: 2009,
    source: deanNumbers,
    rough: false,
    note: 'Bounded by light in fiber (about 200,000 km/s) over a longer-than-straight route; it has not improved since and cannot by much.',
  },
  {
    id: 'redisOpsPerSecond',
    label: 'Redis: simple GET/SET per second, one instance, no pipelining',
    value: 100_000,
    unit: 'ops/s',
    group: 'throughput',
    year: 2011,
    source: {
      title: 'Redis documentation, "Benchmarks" (doc/ of the Redis 2.2 source tree): about 110,000 SET and 81,000 GET per second, 50 clients, one Xeon X3320 at 2.5 GHz, Linux 2.6, loopback',
      url: 'https://raw.githubusercontent.com/antirez/redis/2.2.14/doc/Benchmarks.html',
      kind: 'vendor benchmark',
    },
    rough: true,
    note: 'One thread executes commands, so one process is bounded near this; pipelining 16 commands reaches several hundred thousand per second, Lua scripts and large values far fewer.',
  },
  {
    id: 'postgresQueriesPerSecond',
    label: 'PostgreSQL primary: simple indexed queries per second (planning figure)',
    value: 10_000,
    unit: 'queries/s',
    group: 'throughput',
    year: 2024,
    source: {
      title:
        'Planning assumption for a mid-size server with durable commits; pgbench measures it for a given machine, and read-only point queries on large servers have been benchmarked above a million per second (Percona, "Millions of Queries per Second: PostgreSQL and MySQL\'s Peaceful Battle at Today\'s Demanding Workloads", 2017)',
      url: 'https://www.postgresql.org/docs/current/pgbench.html',
      kind: 'assumption',
    },
    rough: true,
    note: 'Writes are bounded by WAL flushes (group commit helps); reads by CPU and the buffer cache hit ratio. Treat it as the point where one primary needs a plan, not a limit.',
  },
  {
    id: 'kafkaBrokerMessagesPerSecond',
    label: 'Kafka broker: 100-byte messages produced per second, 3× replication',
    value: 675_000,
    unit: 'msgs/s',
    group: 'throughput',
    year: 2014,
    source: {
      title:
        'Jay Kreps, "Benchmarking Apache Kafka: 2 Million Writes Per Second (On Three Cheap Machines)", LinkedIn Engineering (2,024,032 records/s from three producers over three brokers with asynchronous 3× replication)',
      url: 'https://engineering.linkedin.com/kafka/benchmarking-apache-kafka-2-million-writes-second-three-cheap-machines',
      kind: 'engineering blog',
    },
    rough: true,
    note: 'One third of the cluster figure, on 2014 hardware (six SATA disks, 1 Gb Ethernet). With larger messages the network, not the message count, is the limit.',
  },
  {
    id: 'nginxRequestsPerSecondPerCore',
    label: 'nginx: 1 KB static responses per second, per CPU core',
    value: 74_091,
    unit: 'req/s',
    group: 'throughput',
    year: 2017,
    source: {
      title: 'NGINX blog, "Testing the Performance of NGINX and NGINX Plus Web Servers" (HTTP, keep-alive, 50 connections)',
      url: 'https://www.nginx.com/blog/testing-the-performance-of-nginx-and-nginx-plus-web-servers/',
      kind: 'vendor benchmark',
    },
    rough: true,
    note: 'Empty responses reach about 145,000 per core; it scales nearly linearly to 16 cores. An application server doing real work handles hundreds to a few thousand requests per core.',
  },
  {
    id: 'cdnEdgeServerEgress',
    label: 'CDN edge server: sustained video egress',
    value: 90e9,
    unit: 'b/s',
    group: 'throughput',
    year: 2016,
    source: {
      title:
        'Netflix Technology Blog, "Protecting Netflix Viewing Privacy at Scale": Open Connect appliances went from 8 Gb/s per server in 2012 to over 90 Gb/s in 2016',
      url: 'https://netflixtechblog.com/protecting-netflix-viewing-privacy-at-scale-39c675d88f45',
      kind: 'engineering blog',
    },
    rough: true,
    note: 'A tuned appliance serving large video files from a cache that holds them; later Netflix talks report 400 Gb/s and more per server. Edges serving small objects are bounded by requests per second far below this.',
  },
];

const byId = new Map(referenceNumbers.map((r) => [r.id, r]));

export function referenceNumber(id: string): ReferenceNumber | undefined {
  return byId.get(id);
}
