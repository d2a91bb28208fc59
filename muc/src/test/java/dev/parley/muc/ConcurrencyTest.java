package dev.parley.muc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** accept() from many threads at once: rooms stay consistent and every occupant sees one order. */
class ConcurrencyTest {
  private static final int USERS = 12;
  private static final int MESSAGES = 40;
  private final RecordingRouter router = new RecordingRouter();
  private final MucService service =
      new MucService(
          DomainJid.of(Muc.SERVICE),
          MucSettings.defaults(),
          router,
          new InMemoryRoomStore(),
          Runnable::run);

  private void send(String xml) {
    service.accept(Stanza.parse(Muc.xml(xml)));
  }

  private static String user(int i) {
    return "user" + i + "@example.com/r";
  }

  @Test
  void concurrentSendersAreSeenInTheSameOrderByEveryOccupant() throws Exception {
    send("<presence from='" + user(0) + "' to='" + Muc.ROOM + "/u0'/>"); // instant room
    for (int i = 1; i < USERS; i++) {
      send("<presence from='" + user(i) + "' to='" + Muc.ROOM + "/u" + i + "'/>");
    }
    router.take();
    try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        int sender = i;
        done.add(
            pool.submit(
                () -> {
                  for (int m = 0; m < MESSAGES; m++) {
                    send(
                        "<message from='"
                            + user(sender)
                            + "' to='"
                            + Muc.ROOM
                            + "' type='groupchat'><body>"
                            + sender
                            + "-"
                            + m
                            + "</body></message>");
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    Map<String, List<String>> seen = new LinkedHashMap<>();
    for (Stanza stanza : router.take()) {
      Message message = (Message) stanza;
      seen.computeIfAbsent(message.to().orElseThrow().toString(), k -> new ArrayList<>())
          .add(message.body().orElseThrow());
    }
    assertThat(seen).hasSize(USERS);
    List<String> first = seen.values().iterator().next();
    assertThat(first).hasSize(USERS * MESSAGES);
    assertThat(seen.values()).allSatisfy(order -> assertThat(order).isEqualTo(first));
  }

  @Test
  void joinsAndLeavesAcrossManyRoomsLeaveNoTemporaryRoomBehind() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        int u = i;
        done.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 30; round++) {
                    String room = "room" + (round % 4) + "@" + Muc.SERVICE;
                    send("<presence from='" + user(u) + "' to='" + room + "/u" + u + "'/>");
                    send(
                        "<presence from='"
                            + user(u)
                            + "' to='"
                            + room
                            + "/u"
                            + u
                            + "' type='unavailable'/>");
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    assertThat(service.rooms()).isEmpty();
  }
}
