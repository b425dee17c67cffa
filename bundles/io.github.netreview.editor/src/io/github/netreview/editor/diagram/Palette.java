package io.github.netreview.editor.diagram;

import java.util.Locale;

import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;

import io.github.netreview.editor.diagram.figures.RoleIcons;
import io.github.netreview.model.topology.DeviceRole;

/** The diagram editor's palette: selection, marquee, one creation tool per device role, and the link tool. */
final class Palette {

	private Palette() {
	}

	static PaletteRoot create() {
		PaletteRoot root = new PaletteRoot();
		PaletteGroup tools = new PaletteGroup("Tools");
		SelectionToolEntry selection = new SelectionToolEntry();
		tools.add(selection);
		tools.add(new MarqueeToolEntry());
		tools.add(new ConnectionCreationToolEntry("Link", "Cable two devices", new RoleFactory(null), RoleIcons.link(), RoleIcons.link()));
		root.add(tools);
		root.setDefaultEntry(selection);
		PaletteDrawer devices = new PaletteDrawer("Devices");
		for (DeviceRole role : DeviceRole.VALUES) {
			String label = RoleIcons.label(role);
			devices.add(new CombinedTemplateCreationEntry(label, "Create a " + label.toLowerCase(Locale.ROOT), role, new RoleFactory(role),
					RoleIcons.descriptor(role), RoleIcons.descriptor(role)));
		}
		root.add(devices);
		return root;
	}

	/** Creation requests carry the role of the device to create (null for a link). */
	static final class RoleFactory implements CreationFactory {
		private final DeviceRole role;

		RoleFactory(DeviceRole role) {
			this.role = role;
		}

		@Override
		public Object getNewObject() {
			return role;
		}

		@Override
		public Object getObjectType() {
			return role == null ? "link" : role;
		}
	}
}
