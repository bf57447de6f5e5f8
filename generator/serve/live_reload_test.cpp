#include "serve/live_reload.h"

#include <gtest/gtest.h>

#include <thread>

namespace nk {
namespace {

TEST(LiveReload, EachPublishIsANewGeneration) {
  LiveReload live;
  EXPECT_EQ(live.current().generation, 0u);
  live.publish("");
  live.publish("data/x.yaml:1:1: fout NK101");
  ReloadState s = live.current();
  EXPECT_EQ(s.generation, 2u);
  EXPECT_EQ(s.errors, "data/x.yaml:1:1: fout NK101");
}

TEST(LiveReload, WaitNewerWakesOnPublish) {
  LiveReload live;
  live.publish("");
  std::thread later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    live.publish("");
  });
  ReloadState s = live.wait_newer(1, std::chrono::seconds(10));
  later.join();
  EXPECT_EQ(s.generation, 2u);
  // Nothing newer: returns after the timeout with the same generation.
  EXPECT_EQ(live.wait_newer(2, std::chrono::milliseconds(20)).generation, 2u);
}

TEST(LiveReload, StopWakesWaiters) {
  LiveReload live;
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    live.stop();
  });
  live.wait_newer(0, std::chrono::seconds(30));
  stopper.join();
  EXPECT_TRUE(live.stopped());
}

TEST(LiveReload, EventIsOneDataLineOfJson) {
  ReloadState s{7, "a.yaml:1:2: fout\n  \"quoted\" <script>"};
  std::string e = LiveReload::event(s);
  EXPECT_EQ(e, "data: {\"fouten\":\"a.yaml:1:2: fout\\n  \\\"quoted\\\" <script>\",\"generatie\":7}\n\n");
  EXPECT_EQ(e.find('\n'), e.size() - 2);  // no newline inside the data line
}

}  // namespace
}  // namespace nk
