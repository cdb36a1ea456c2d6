package com.cakeflow.order.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One cake line of an order: size, flavor, inscription, quantity, add-ons and its price breakdown. */
@Entity
@Table(name = "cake_order_item")
public class OrderItem {

	/** An add-on on a cake line, with the price it was sold at. */
	@Embeddable
	public record ItemAddOn(String addOnCode, long priceFen) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private CakeOrder order;
	private int lineNo;
	private int sizeInches;
	private String flavorCode;
	private String inscription;
	private int quantity;
	private long basePriceFen;
	private long flavorSurchargeFen;
	private long addOnsFen;
	private long lineTotalFen;
	private java.time.Instant inscriptionProofedAt;
	private String inscriptionProofedBy;
	private String inscriptionProofMethod;
	@ElementCollection
	@CollectionTable(name = "cake_order_item_add_on", joinColumns = @JoinColumn(name = "item_id"))
	private List<ItemAddOn> addOns = new ArrayList<>();

	protected OrderItem() {
	}

	OrderItem(CakeOrder order, int lineNo, int sizeInches, String flavorCode, String inscription, int quantity, long basePriceFen,
			long flavorSurchargeFen, List<ItemAddOn> addOns) {
		this.order = order;
		this.lineNo = lineNo;
		this.sizeInches = sizeInches;
		this.flavorCode = flavorCode;
		this.inscription = inscription;
		this.quantity = quantity;
		this.basePriceFen = basePriceFen;
		this.flavorSurchargeFen = flavorSurchargeFen;
		this.addOns = new ArrayList<>(addOns);
		this.addOnsFen = addOns.stream().mapToLong(ItemAddOn::priceFen).sum();
		this.lineTotalFen = (basePriceFen + flavorSurchargeFen + addOnsFen) * quantity;
	}

	/** Another flavor (agreed with the customer): the line is priced with its surcharge. */
	void changeFlavor(String flavorCode, long flavorSurchargeFen) {
		this.flavorCode = flavorCode;
		this.flavorSurchargeFen = flavorSurchargeFen;
		this.lineTotalFen = (basePriceFen + flavorSurchargeFen + addOnsFen) * quantity;
	}

	/** A new text needs confirming again. */
	void changeInscription(String inscription) {
		this.inscription = inscription;
		this.inscriptionProofedAt = null;
		this.inscriptionProofedBy = null;
		this.inscriptionProofMethod = null;
	}

	/** Whether the text to write is confirmed (a line without one needs nothing confirmed). */
	public boolean inscriptionProofed() {
		return inscription == null || inscription.isBlank() || inscriptionProofedAt != null;
	}

	void proofInscription(java.time.Instant at, String by, String method) {
		if (inscriptionProofedAt == null && inscription != null && !inscription.isBlank()) {
			this.inscriptionProofedAt = at;
			this.inscriptionProofedBy = by;
			this.inscriptionProofMethod = method;
		}
	}

	public java.time.Instant inscriptionProofedAt() {
		return inscriptionProofedAt;
	}

	public String inscriptionProofedBy() {
		return inscriptionProofedBy;
	}

	public String inscriptionProofMethod() {
		return inscriptionProofMethod;
	}

	public int lineNo() {
		return lineNo;
	}

	public int sizeInches() {
		return sizeInches;
	}

	public String flavorCode() {
		return flavorCode;
	}

	public String inscription() {
		return inscription;
	}

	public int quantity() {
		return quantity;
	}

	public long basePriceFen() {
		return basePriceFen;
	}

	public long flavorSurchargeFen() {
		return flavorSurchargeFen;
	}

	public long addOnsFen() {
		return addOnsFen;
	}

	public long lineTotalFen() {
		return lineTotalFen;
	}

	public List<ItemAddOn> addOns() {
		return addOns;
	}
}
