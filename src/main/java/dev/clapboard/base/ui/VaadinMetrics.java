package dev.clapboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Open Vaadin sessions and UIs (browser tabs) on this node, as gauges: the memory a node holds grows with them,
 * and with sticky sessions they show how evenly the load balancer spreads people.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    static final String SESSIONS = "clapboard.vaadin.sessions";
    static final String UIS = "clapboard.vaadin.uis";

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder(SESSIONS, sessions, AtomicInteger::get).description("Open Vaadin sessions on this node")
                .register(registry);
        Gauge.builder(UIS, uis, AtomicInteger::get).description("Open Vaadin UIs (tabs) on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
