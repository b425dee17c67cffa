package io.github.netreview.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.github.netreview.model.topology.TopologyFactory;

/** The id table answers as a hash map would, through growth and removals that shift runs of colliding ids. */
class IdTableTest {

	@Test
	void agreesWithAHashMapOverRandomPutsAndRemovals() {
		Random random = new Random(11);
		IdTable table = new IdTable();
		Map<String, EObject> expected = new HashMap<>();
		EObject[] elements = new EObject[50];
		for (int i = 0; i < elements.length; i++) {
			elements[i] = TopologyFactory.eINSTANCE.createDevice();
		}
		for (int step = 0; step < 200_000; step++) {
			String id = "dev-" + random.nextInt(3_000);
			EObject element = elements[random.nextInt(elements.length)];
			if (random.nextInt(3) == 0) {
				table.remove(id, element);
				expected.remove(id, element);
			} else {
				table.putIfAbsent(id, element);
				expected.putIfAbsent(id, element);
			}
			if (step % 1_000 == 0) {
				for (int k = 0; k < 3_000; k++) {
					String probe = "dev-" + k;
					assertEquals(expected.get(probe), table.get(probe), probe + " at step " + step);
					assertEquals(expected.containsKey(probe), table.containsKey(probe));
				}
			}
		}
	}
}
