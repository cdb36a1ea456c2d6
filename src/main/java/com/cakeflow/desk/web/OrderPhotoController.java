package com.cakeflow.desk.web;

import com.cakeflow.order.OrderPhotos;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos of an order: added by staff ({@code POST /api/orders/{n}/photos}, multipart {@code file}, {@code kind}), shown to staff. */
@RestController
class OrderPhotoController {

	private final OrderPhotos photos;
	private final org.springframework.context.MessageSource messages;

	OrderPhotoController(OrderPhotos photos, org.springframework.context.MessageSource messages) {
		this.photos = photos;
		this.messages = messages;
	}

	@PostMapping("/api/orders/{number}/photos")
	ResponseEntity<Map<String, Object>> add(@PathVariable String number, @RequestParam(defaultValue = "REFERENCE") String kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		var id = photos.add(number, kind(kind), file.getBytes());
		return ResponseEntity.created(URI.create("/orders/" + number + "/photos/" + id)).body(Map.of("id", id, "kind", kind(kind)));
	}

	@GetMapping("/api/orders/{number}/photos")
	List<OrderPhotos.Photo> list(@PathVariable String number) {
		return photos.of(number);
	}

	@GetMapping("/orders/{number}/photos/{id}")
	ResponseEntity<byte[]> image(@PathVariable String number, @PathVariable long id) {
		return photos.image(number, id)
			.map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.noCache().cachePrivate()).body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** The customer's reference picture for the kitchen display; 404 when the order has none. */
	@GetMapping("/orders/{number}/reference-photo")
	ResponseEntity<byte[]> reference(@PathVariable String number) {
		return photos.latest(number, OrderPhotos.Kind.REFERENCE)
			.map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.noCache().cachePrivate()).body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** A photo added from the order page (the customer's reference picture, usually). */
	@org.springframework.web.bind.annotation.PostMapping("/orders/{number}/photos")
	org.springframework.web.servlet.view.RedirectView addFromPage(@PathVariable String number, @RequestParam(defaultValue = "REFERENCE") String kind,
			@RequestParam("file") MultipartFile file, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			photos.add(number, kind(kind), file.getBytes());
		}
		catch (com.cakeflow.shared.DomainProblem problem) {
			redirect.addFlashAttribute("actionError", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
		}
		return new org.springframework.web.servlet.view.RedirectView("/orders/" + number);
	}

	private static OrderPhotos.Kind kind(String text) {
		try {
			return OrderPhotos.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidRequest(new FieldProblem("kind", "order.photo.kind", text));
		}
	}
}
