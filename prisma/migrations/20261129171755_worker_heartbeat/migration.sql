-- CreateTable
CREATE TABLE "worker_heartbeat" (
    "worker" VARCHAR(200) NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "worker_heartbeat_pkey" PRIMARY KEY ("worker")
);
